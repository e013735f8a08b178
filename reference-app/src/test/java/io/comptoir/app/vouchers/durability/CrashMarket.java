package io.comptoir.app.vouchers.durability;

import io.comptoir.app.testing.Books;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.core.Engine;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.LedgerAudit;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.Voucher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The small market the crash test runs on, written through the engine in the test's JVM before the app process starts
 * (much faster than the demo territory): two live shops with a product each in ample stock, a subsidised voucher
 * programme funded by two funders, and shoppers with a session and vouchers each. After the last crash, the same class
 * opens the database again to check the books.
 */
final class CrashMarket {
    static final long INITIAL_STOCK = 100_000;
    static final long VOUCHER_FACE = 1200;
    private static final Actor ADMIN = Actor.system("crash-test");
    private static final String SAINT_OMER = "62765";

    /** A shopper of the burst: a session token for the API and vouchers of their own. */
    record Shopper(long accountId, String token, List<String> voucherCodes) {
    }

    final List<Shopper> shoppers;
    final List<Long> variants;
    /** A territory admin's session token, to read the ledger audit over the API. */
    final String adminToken;

    private CrashMarket(List<Shopper> shoppers, List<Long> variants, String adminToken) {
        this.shoppers = List.copyOf(shoppers);
        this.variants = List.copyOf(variants);
        this.adminToken = adminToken;
    }

    /** Writes the market into the (empty, migrated on the way) database. */
    static CrashMarket prepare(DatabaseAccess database, int shopperCount, int vouchersEach) {
        try (Engine engine = database.engine()) {
            engine.territory().saveIntercommunality(new Intercommunality("CAPSO", "Communauté d’agglomération du Pays de Saint-Omer", "200069037"));
            engine.territory().saveCommune(new Commune(SAINT_OMER, "Saint-Omer", "62500", "CAPSO", 14_000));
            Category food = engine.catalogue().createCategory(Optional.empty(), "Épicerie fine", ADMIN);
            List<Long> variants = new ArrayList<>();
            variants.add(product(engine, shop(engine, "Le Rucher d’Arques", food), "Miel de fleurs", 790, food).variants().get(0).id().value());
            variants.add(product(engine, shop(engine, "La Cave du Marais", food), "Bière du marais", 1240, food).variants().get(0).id().value());

            Programmes programmes = engine.service(Programmes.class);
            Funder capso = programmes.createFunder("CAPSO", "Communauté d’agglomération du Pays de Saint-Omer", ADMIN);
            Funder ccpl = programmes.createFunder("CCPL", "Communauté de communes du Pays de Lumbres", ADMIN);
            VoucherProgramme booster = programmes.create(new ProgrammeDraft("booster", "Booster", "12 € de bons pour 10 € payés.", Money.EUR,
                    LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1), Optional.empty(), Optional.empty(), OptionalInt.of(12),
                    ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS, List.of(new DenominationDraft(Money.euros(VOUCHER_FACE), Money.euros(1000))),
                    BuyerLimit.NONE, Eligibility.allLiveShopsExcept(Set.of()),
                    List.of(new FunderShare(capso.id(), 24_717), new FunderShare(ccpl.id(), 3_869)), ExpiryRule.RETURN_SUBSIDY_TO_BUDGET,
                    EnumSet.of(SalesChannel.POINT_OF_SALE), ProgrammeDraft.DEFAULT_CANCEL_WINDOW, SettlementPeriod.WEEK), ADMIN);
            programmes.grantBudget(booster.id(), Money.euros(100_000_00), "crash-test-budget", ADMIN);
            PointsOfSale pointsOfSale = engine.service(PointsOfSale.class);
            PointOfSale tobacconist = pointsOfSale.create(new PointOfSaleDraft("Tabac de la Place", new Address("3 place Foch", "62500",
                    SAINT_OMER), "03 21 00 00 01", true), ADMIN);
            Account operator = pointsOfSale.addOperator(tobacconist.id(), account(engine, "buraliste").id(), ADMIN);

            List<Shopper> shoppers = new ArrayList<>();
            for (int i = 0; i < shopperCount; i++) {
                Account shopper = account(engine, "shopper" + i);
                Session session = engine.sessions().open(shopper.id());
                List<Voucher> vouchers = engine.service(PointOfSaleDesk.class).sell(new SaleRequest(tobacconist.id(), operator, booster.id(),
                        booster.denominations().get(0).id(), vouchersEach, Optional.empty(), Optional.empty(), UUID.randomUUID().toString()))
                        .sale().vouchers();
                shoppers.add(new Shopper(shopper.id().value(), session.token(), vouchers.stream().map(v -> v.code().value()).toList()));
            }
            Account admin = engine.accounts().grant(account(engine, "admin").id(), RoleGrant.of(Role.TERRITORY_ADMIN), ADMIN);
            return new CrashMarket(shoppers, variants, engine.sessions().open(admin.id()).token());
        }
    }

    private static Merchant shop(Engine engine, String name, Category category) {
        return engine.merchants().importMerchant(new MerchantProfile(name, "73282932000074", "Épicier", "La boutique " + name + ".",
                new Address("12 rue de Dunkerque", "62500", SAINT_OMER), Contact.NONE, OpeningHours.parse("Mo-Sa 08:00-19:00"),
                List.of(category.id()), Optional.empty()), MerchantStatus.LIVE, false, ADMIN);
    }

    private static Product product(Engine engine, Merchant shop, String name, long cents, Category category) {
        return engine.catalogue().createProduct(shop.id(), new ProductDraft(name, "Du territoire.", category.id(), List.of(),
                List.of(new VariantDraft(name.toUpperCase().replaceAll("[^A-Z]", "") + "-1", List.of(), Money.euros(cents), (int) INITIAL_STOCK))),
                ADMIN);
    }

    private static Account account(Engine engine, String name) {
        return engine.accounts().register(name + "." + UUID.randomUUID().toString().substring(0, 8) + "@crash.example",
                "crash-test-password-2026", name);
    }

    /**
     * Checks the books once the app has stopped: the ledger audit, and with plain SQL ({@link Books}) that every voucher
     * hold and every authorisation at the card processor belongs to a placed order (and nothing else holds money), that
     * each placed order is paid its total, that each voucher's balance is its face less what placed orders hold, and that
     * each product's stock is its initial stock less what orders that were not cancelled took. Returns every discrepancy
     * (none when the books are right).
     */
    List<String> verifyBooks(DatabaseAccess database) {
        List<String> problems = new ArrayList<>();
        try (Engine engine = database.engine()) {
            AuditReport audit = engine.service(LedgerAudit.class).verify();
            audit.problems().forEach(problem -> problems.add("ledger audit: " + problem));
            try (Connection connection = engine.dataSource().getConnection()) {
                Map<Long, Long> initialStock = new HashMap<>();
                variants.forEach(variant -> initialStock.put(variant, INITIAL_STOCK));
                problems.addAll(Books.problems(connection, new Books.Scope(0, 0, initialStock)));
            }
            catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return problems;
    }

    /** How the test reaches the database: its JDBC URL as the app process sees it, and engines on it in the test's JVM. */
    record DatabaseAccess(String url, String user, String password) {
        Engine engine() {
            try {
                return Engine.builder().jdbcUrl(url, user, password).discoverPlugins().maxPoolSize(4)
                        .assetDirectory(Files.createTempDirectory("comptoir-crash-assets-"))
                        .properties(Map.of("accounts.argon2-memory-kib", "1024", "accounts.argon2-iterations", "1"))
                        .backgroundWork(false).build();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
