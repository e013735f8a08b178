package io.comptoir.vouchers.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherSeeds;
import io.comptoir.vouchers.seed.VoucherSeedFile.PointOfSaleEntry;
import io.comptoir.vouchers.seed.VoucherSeedFile.ProgrammeEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Loads a territory's voucher configuration ({@code vouchers.json}) through the plugin's and the engine's services, after
 * the base seeds (territory, categories, shops): the funders, the voucher shop and its products, the programmes with
 * their budgets, and the points of sale with one operator account each (all with the demo password given). Shops are
 * named by their name in the file, since the engine does not keep the seed files' refs.
 */
public final class VoucherSeedLoader implements VoucherSeeds {
    private static final Logger log = LoggerFactory.getLogger(VoucherSeedLoader.class);

    private final Programmes programmes;
    private final PointsOfSale pointsOfSale;
    private final OnlineVoucherShop onlineShop;
    private final MerchantDirectory merchants;
    private final Catalogue catalogue;
    private final AccountDirectory accounts;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public VoucherSeedLoader(Programmes programmes, PointsOfSale pointsOfSale, OnlineVoucherShop onlineShop, MerchantDirectory merchants,
                             Catalogue catalogue, AccountDirectory accounts) {
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.pointsOfSale = requireNonNull(pointsOfSale, "pointsOfSale is null");
        this.onlineShop = requireNonNull(onlineShop, "onlineShop is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    /** Whether nothing of the vouchers exists yet: seeds load only then. */
    @Override
    public boolean isEmpty() {
        return programmes.programmes().isEmpty() && pointsOfSale.all().isEmpty();
    }

    /**
     * Loads the file; call once, on a marketplace holding the base seeds and no voucher data ({@link #isEmpty()}).
     *
     * @param operatorPassword the password of every point-of-sale operator account (demo only)
     */
    @Override
    public Summary load(InputStream vouchersJson, String operatorPassword, Actor actor) {
        requireNonNull(vouchersJson, "vouchersJson is null");
        requireNonNull(operatorPassword, "operatorPassword is null");
        requireNonNull(actor, "actor is null");
        long started = System.nanoTime();
        VoucherSeedFile file;
        try {
            file = json.readValue(vouchersJson, VoucherSeedFile.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read vouchers.json: " + e.getMessage(), e);
        }
        Map<String, Funder> funders = new HashMap<>();
        Map<String, Long> weights = new HashMap<>();
        for (VoucherSeedFile.FunderEntry entry : file.funders()) {
            funders.put(entry.code(), programmes.funderByCode(entry.code()).orElseGet(() -> programmes.createFunder(entry.code(), entry.name(), actor)));
            weights.put(entry.code(), entry.population());
        }
        Map<String, Merchant> shopsByName = new HashMap<>();
        merchants.find(MerchantFilter.all()).forEach(shop -> shopsByName.put(shop.name(), shop));
        VoucherSeedFile.CategoryRef wanted = file.voucherShop().category();
        Category category = catalogue.categories().stream().filter(found -> found.name().equals(wanted.name())).findFirst()
                .or(() -> catalogue.categoryBySlug(wanted.slug()))
                .orElseThrow(() -> new IllegalArgumentException("unknown category of the voucher shop: " + wanted.name()));
        Merchant voucherShop = Optional.ofNullable(shopsByName.get(file.voucherShop().name()))
                .orElseGet(() -> merchants.importMerchant(voucherShopProfile(file.voucherShop(), category), MerchantStatus.LIVE, false, actor));
        onlineShop.designate(voucherShop.id(), actor);
        Set<MerchantId> optedOut = new HashSet<>();
        for (VoucherSeedFile.ShopRef ref : file.optedOut()) {
            Merchant shop = shopsByName.get(ref.name());
            if (shop == null) {
                throw new IllegalArgumentException("vouchers.json: opted-out shop " + ref.ref() + " (" + ref.name() + ") is not in the marketplace");
            }
            optedOut.add(shop.id());
        }
        for (ProgrammeEntry entry : file.programmes()) {
            VoucherProgramme programme = programmes.create(draft(entry, funders, weights, optedOut), actor);
            if (entry.budget() > 0) {
                programmes.grantBudget(programme.id(), Money.euros(entry.budget()), "seed-" + entry.slug(), actor);
            }
            if (programme.sells(SalesChannel.ONLINE)) {
                onlineShop.publish(programme.id(), category.id(), actor);
            }
        }
        int operators = 0;
        for (PointOfSaleEntry entry : file.pointsOfSale()) {
            PointOfSale point = pointsOfSale.create(new PointOfSaleDraft(entry.name(), new Address(entry.address().street(),
                    entry.address().postalCode(), entry.address().communeInsee()), orEmpty(entry.phone()), true), actor);
            if (entry.operatorEmail() != null && !entry.operatorEmail().isBlank()) {
                Account operator = account(entry.operatorEmail(), "Opérateur " + entry.name(), operatorPassword);
                pointsOfSale.addOperator(point.id(), operator.id(), actor);
                operators++;
            }
        }
        Summary summary = new Summary(funders.size(), file.programmes().size(), file.pointsOfSale().size(), operators, optedOut.size());
        log.info("Loaded vouchers seeds in {} ms: {}", (System.nanoTime() - started) / 1_000_000, summary);
        return summary;
    }

    private Account account(String email, String name, String password) {
        try {
            return accounts.register(email, password, name.length() > 100 ? name.substring(0, 100) : name);
        }
        catch (ConflictException e) {
            return accounts.accountByEmail(email).orElseThrow(() -> e);
        }
    }

    private static ProgrammeDraft draft(ProgrammeEntry entry, Map<String, Funder> funders, Map<String, Long> weights, Set<MerchantId> optedOut) {
        Currency currency = Money.EUR;
        List<DenominationDraft> denominations = entry.denominations().stream()
                .map(d -> new DenominationDraft(new Money(d.face(), currency), new Money(d.price(), currency))).toList();
        List<FunderShare> shares = entry.funders().stream().map(code -> {
            Funder funder = funders.get(code);
            if (funder == null) {
                throw new IllegalArgumentException("programme " + entry.slug() + " names an unknown funder " + code);
            }
            return new FunderShare(funder.id(), weights.get(code));
        }).toList();
        VoucherSeedFile.BuyerLimitEntry limit = entry.buyerLimit();
        BuyerLimit buyerLimit = limit == null ? BuyerLimit.NONE : new BuyerLimit(optional(limit.vouchersPerSale()),
                optional(limit.vouchersPerBuyer()), Optional.ofNullable(limit.amountPerBuyer()).map(amount -> new Money(amount, currency)));
        VoucherSeedFile.EligibilityEntry eligibility = entry.eligibility();
        Set<MerchantId> excluded = eligibility.exceptOptedOut() ? optedOut : Set.of();
        Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
        entry.channels().forEach(channel -> channels.add(SalesChannel.valueOf(channel)));
        return new ProgrammeDraft(entry.slug(), entry.name(), orEmpty(entry.description()), currency, LocalDate.parse(entry.saleOpensOn()),
                date(entry.saleClosesOn()), date(entry.spendUntil()), optional(entry.validityMonths()),
                ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS, denominations, buyerLimit,
                new Eligibility(eligibility.allLiveShops(), Set.of(), excluded, Set.of()), shares,
                ExpiryRule.valueOf(entry.expiryRule() == null ? ExpiryRule.RETURN_SUBSIDY_TO_BUDGET.name() : entry.expiryRule()), channels,
                entry.cancelWindowMinutes() == null ? ProgrammeDraft.DEFAULT_CANCEL_WINDOW : Duration.ofMinutes(entry.cancelWindowMinutes()),
                SettlementPeriod.valueOf(entry.settlementPeriod() == null ? "WEEK" : entry.settlementPeriod()));
    }

    private static MerchantProfile voucherShopProfile(VoucherSeedFile.VoucherShopEntry entry, Category category) {
        return new MerchantProfile(entry.name(), entry.siret(), entry.trade(), orEmpty(entry.description()),
                new Address(entry.address().street(), entry.address().postalCode(), entry.address().communeInsee()),
                new Contact(orEmpty(entry.contact().email()), orEmpty(entry.contact().phone()), orEmpty(entry.contact().website())),
                OpeningHours.CLOSED, List.of(category.id()), Optional.empty());
    }

    private static Optional<LocalDate> date(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
