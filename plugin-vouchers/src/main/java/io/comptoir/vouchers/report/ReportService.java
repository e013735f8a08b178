package io.comptoir.vouchers.report;

import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.vouchers.api.DailySales;
import io.comptoir.vouchers.api.ProgrammeDashboard;
import io.comptoir.vouchers.api.Tally;
import io.comptoir.vouchers.api.VoucherReports;

import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.BudgetStatus;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.programme.ProgrammeService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/** The {@link VoucherReports}. */
public final class ReportService implements VoucherReports {
    private final Database db;
    private final ProgrammeService programmes;
    private final PointsOfSale pointsOfSale;
    private final MerchantDirectory merchants;
    private final Catalogue catalogue;
    private final Territory territory;

    public ReportService(Database db, ProgrammeService programmes, PointsOfSale pointsOfSale, MerchantDirectory merchants,
                         Catalogue catalogue, Territory territory) {
        this.db = requireNonNull(db, "db is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.pointsOfSale = requireNonNull(pointsOfSale, "pointsOfSale is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.territory = requireNonNull(territory, "territory is null");
    }

    private record ShopFigures(long merchant, long count, long amount) {
    }

    @Override
    public ProgrammeDashboard dashboard(long programmeId) {
        VoucherProgramme programme = programmes.require(programmeId);
        Currency currency = programme.currency();
        BudgetStatus budget = programmes.budget(programmeId);
        return db.withHandle(handle -> {
            List<DailySales> days = handle.createQuery("""
                            SELECT sale_day, SUM(quantity) AS vouchers, SUM(unit_face * quantity) AS face, SUM(unit_price * quantity) AS paid
                            FROM voucher_sale WHERE programme_id = :programme AND status = 'COMPLETED' GROUP BY sale_day ORDER BY sale_day""")
                    .bind("programme", programmeId)
                    .map((rs, ctx) -> new DailySales(rs.getObject("sale_day", java.time.LocalDate.class), rs.getLong("vouchers"),
                            new Money(rs.getLong("face"), currency), new Money(rs.getLong("paid"), currency))).list();
            Map<Long, String> posNames = new TreeMap<>();
            pointsOfSale.all().forEach(pos -> posNames.put(pos.id(), pos.name()));
            List<Tally> perPointOfSale = handle.createQuery("""
                            SELECT COALESCE(point_of_sale_id, 0) AS pos, SUM(quantity) AS vouchers, SUM(unit_price * quantity) AS paid
                            FROM voucher_sale WHERE programme_id = :programme AND status = 'COMPLETED'
                            GROUP BY COALESCE(point_of_sale_id, 0)""")
                    .bind("programme", programmeId)
                    .map((rs, ctx) -> new Tally(Long.toString(rs.getLong("pos")), rs.getLong("pos") == 0 ? "En ligne"
                            : posNames.getOrDefault(rs.getLong("pos"), "#" + rs.getLong("pos")), rs.getLong("vouchers"),
                            new Money(rs.getLong("paid"), currency))).list();
            List<ShopFigures> shops = handle.createQuery("""
                            SELECT merchant_id, SUM(CASE WHEN amount > 0 THEN 1 ELSE 0 END) AS redemptions, SUM(amount) AS amount
                            FROM voucher_redemption WHERE programme_id = :programme GROUP BY merchant_id""")
                    .bind("programme", programmeId)
                    .map((rs, ctx) -> new ShopFigures(rs.getLong("merchant_id"), rs.getLong("redemptions"), rs.getLong("amount"))).list();
            long subsidyConsumed = handle.createQuery("SELECT COALESCE(SUM(subsidy_part), 0) FROM voucher_redemption WHERE programme_id = :programme")
                    .bind("programme", programmeId).mapTo(Long.class).one();
            long outstanding = -handle.createQuery("""
                            SELECT COALESCE(SUM(amount), 0) FROM voucher_ledger_entry
                            WHERE programme_id = :programme AND account_kind IN ('VOUCHER', 'HOLD')""")
                    .bind("programme", programmeId).mapTo(Long.class).one();
            long breakage = -handle.createQuery("""
                            SELECT COALESCE(SUM(amount), 0) FROM voucher_ledger_entry WHERE programme_id = :programme AND account_kind = 'BREAKAGE'""")
                    .bind("programme", programmeId).mapTo(Long.class).one();
            long vouchersSold = days.stream().mapToLong(DailySales::vouchers).sum();
            long faceSold = days.stream().mapToLong(day -> day.face().minorUnits()).sum();
            long buyerMoney = days.stream().mapToLong(day -> day.paid().minorUnits()).sum();
            long redeemed = shops.stream().mapToLong(ShopFigures::amount).sum();
            List<Tally> perShop = new ArrayList<>();
            Map<String, long[]> perCategory = new TreeMap<>();
            Map<String, String> categoryNames = new TreeMap<>();
            Map<String, long[]> perCommune = new TreeMap<>();
            Map<String, String> communeNames = new TreeMap<>();
            for (ShopFigures shop : shops) {
                Optional<Merchant> merchant = merchants.merchant(new MerchantId(shop.merchant()));
                perShop.add(new Tally(Long.toString(shop.merchant()), merchant.map(Merchant::name).orElse("#" + shop.merchant()), shop.count(),
                        new Money(shop.amount(), currency)));
                merchant.ifPresent(found -> {
                    Optional<Category> root = found.categories().stream().findFirst()
                            .flatMap(category -> catalogue.path(category).stream().findFirst());
                    String categoryKey = root.map(Category::slug).orElse("-");
                    categoryNames.put(categoryKey, root.map(Category::name).orElse("Sans catégorie"));
                    add(perCategory, categoryKey, shop);
                    String insee = found.address().communeInsee();
                    communeNames.put(insee, territory.commune(insee).map(Commune::name).orElse(insee));
                    add(perCommune, insee, shop);
                });
            }
            perShop.sort(Comparator.comparing((Tally tally) -> tally.amount().minorUnits()).reversed());
            return new ProgrammeDashboard(programmeId, programme.name(), budget, new Money(subsidyConsumed, currency), vouchersSold,
                    new Money(faceSold, currency), new Money(buyerMoney, currency), new Money(redeemed, currency),
                    new Money(outstanding, currency), new Money(breakage, currency), ratio(redeemed, subsidyConsumed),
                    ratio(faceSold, budget.committed().minorUnits()), days, perPointOfSale, perShop, tallies(perCategory, categoryNames, currency),
                    tallies(perCommune, communeNames, currency));
        });
    }

    private static void add(Map<String, long[]> tallies, String key, ShopFigures shop) {
        long[] sums = tallies.computeIfAbsent(key, k -> new long[2]);
        sums[0] += shop.count();
        sums[1] += shop.amount();
    }

    private static List<Tally> tallies(Map<String, long[]> sums, Map<String, String> names, Currency currency) {
        List<Tally> tallies = new ArrayList<>();
        sums.forEach((key, values) -> tallies.add(new Tally(key, names.get(key), values[0], new Money(values[1], currency))));
        tallies.sort(Comparator.comparing((Tally tally) -> tally.amount().minorUnits()).reversed());
        return tallies;
    }

    private static Optional<BigDecimal> ratio(long numerator, long denominator) {
        if (denominator <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
    }

}
