package io.comptoir.vouchers;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.LedgerAudit;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.Settlements;
import io.comptoir.vouchers.api.StoreRedemptions;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherJobs;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStock;
import io.comptoir.vouchers.api.Vouchers;
import io.comptoir.vouchers.ledger.LedgerProbe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;
import static org.awaitility.Awaitility.await;

/**
 * A small territory running two voucher programmes, for the plugin's tests: three communes of the CAPSO and the CCPL,
 * three live shops (the florist did not opt in to the Booster), a voucher shop, two points of sale with an operator each,
 * a territory admin, and the "Booster" (12 € sold 10 €, spendable until 28 February 2027) beside ordinary gift vouchers.
 */
public final class Market implements AutoCloseable {
    public static final Actor ADMIN_ACTOR = Actor.system("test");
    public static final String SAINT_OMER = "62765";
    public static final String ARQUES = "62040";
    public static final String LUMBRES = "62534";
    public static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    public static final String PASSWORD = "correct horse battery";
    public static final Map<String, String> CHEAP_PASSWORDS = Map.of("accounts.argon2-memory-kib", "1024", "accounts.argon2-iterations", "1");

    public final MovableClock clock = new MovableClock(START);
    public final Engine engine;
    public final Category shoesCategory;
    public final Category foodCategory;
    public final Category giftCategory;
    public final Merchant shoes;
    public final Merchant grocer;
    public final Merchant florist;
    public final Merchant voucherShop;
    public final Funder capso;
    public final Funder ccpl;
    public final VoucherProgramme booster;
    public final VoucherProgramme gift;
    public final PointOfSale tobacconist;
    public final PointOfSale newsagent;
    public final Account tobacconistOperator;
    public final Account newsagentOperator;
    public final Account admin;
    public final Account shoesStaff;
    public final Account grocerStaff;
    public final Account floristStaff;

    public Market(TestDatabase db) {
        this(db, LedgerProbe.NONE, Money.euros(100_000_00), Map.of());
    }

    public Market(TestDatabase db, LedgerProbe probe, Money budget, Map<String, String> properties) {
        this(db, probe, budget, properties, io.comptoir.engine.core.EngineBuilder.DEFAULT_ZONE);
    }

    /** The same market in another time zone, e.g. La Réunion's. */
    public Market(TestDatabase db, ZoneId zone) {
        this(db, LedgerProbe.NONE, Money.euros(100_000_00), Map.of(), zone);
    }

    private Market(TestDatabase db, LedgerProbe probe, Money budget, Map<String, String> properties, ZoneId zone) {
        engine = Engine.builder().zone(zone).builtInPaymentProviders(PAY_AT_PICKUP,
                SANDBOX_CARD).dataSource(db.dataSource()).searchIndex(new InMemorySearchIndex()).backgroundWork(false).clock(clock)
                .plugin(VouchersPlugin.withLedgerProbe(probe)).properties(CHEAP_PASSWORDS).property("sandbox-card.webhook-delay-ms", "1")
                .properties(properties).build();
        engine.awaitSearchReady(Duration.ofSeconds(30));
        engine.territory().saveIntercommunality(new Intercommunality("CAPSO", "Communauté d'agglomération du Pays de Saint-Omer", "200069037"));
        engine.territory().saveIntercommunality(new Intercommunality("CCPL", "Communauté de communes du Pays de Lumbres", "246201016"));
        engine.territory().saveCommune(new Commune(SAINT_OMER, "Saint-Omer", "62500", "CAPSO", 14_903));
        engine.territory().saveCommune(new Commune(ARQUES, "Arques", "62510", "CAPSO", 9_814));
        engine.territory().saveCommune(new Commune(LUMBRES, "Lumbres", "62380", "CCPL", 3_869));
        Category fashion = engine.catalogue().createCategory(Optional.empty(), "Mode et chaussures", ADMIN_ACTOR);
        shoesCategory = engine.catalogue().createCategory(Optional.of(fashion.id()), "Chaussures", ADMIN_ACTOR);
        foodCategory = engine.catalogue().createCategory(Optional.empty(), "Épicerie fine", ADMIN_ACTOR);
        giftCategory = engine.catalogue().createCategory(Optional.empty(), "Bons cadeaux", ADMIN_ACTOR);
        shoes = liveMerchant("Chaussures Martin", SAINT_OMER, shoesCategory);
        grocer = liveMerchant("Épicerie du Marché", ARQUES, foodCategory);
        florist = liveMerchant("Fleurs de Lumbres", LUMBRES, foodCategory);
        voucherShop = liveMerchant("Bons d'achat du Pays de Saint-Omer", SAINT_OMER, giftCategory);

        capso = programmes().createFunder("CAPSO", "Communauté d'agglomération du Pays de Saint-Omer", ADMIN_ACTOR);
        ccpl = programmes().createFunder("CCPL", "Communauté de communes du Pays de Lumbres", ADMIN_ACTOR);
        booster = programmes().create(boosterDraft(), ADMIN_ACTOR);
        if (budget.isPositive()) {
            programmes().grantBudget(booster.id(), budget, "seed-budget", ADMIN_ACTOR);
        }
        gift = programmes().create(giftDraft(), ADMIN_ACTOR);

        tobacconist = pointsOfSale().create(new PointOfSaleDraft("Tabac de la Place", new Address("3 place Foch", "62500", SAINT_OMER),
                "03 53 01 00 01", true), ADMIN_ACTOR);
        newsagent = pointsOfSale().create(new PointOfSaleDraft("Maison de la Presse", new Address("8 rue Jean-Jaurès", "62510", ARQUES),
                "03 53 01 00 02", true), ADMIN_ACTOR);
        tobacconistOperator = pointsOfSale().addOperator(tobacconist.id(), account("Paul Buraliste").id(), ADMIN_ACTOR);
        newsagentOperator = pointsOfSale().addOperator(newsagent.id(), account("Nadia Presse").id(), ADMIN_ACTOR);
        admin = engine.accounts().grant(account("Alice Admin").id(), RoleGrant.of(Role.TERRITORY_ADMIN), ADMIN_ACTOR);
        shoesStaff = engine.accounts().grant(account("Sam Chausseur").id(), RoleGrant.of(Role.MERCHANT_STAFF, shoes.id().value()), ADMIN_ACTOR);
        grocerStaff = engine.accounts().grant(account("Gaby Epicier").id(), RoleGrant.of(Role.MERCHANT_STAFF, grocer.id().value()), ADMIN_ACTOR);
        floristStaff = engine.accounts().grant(account("Flore Fleuriste").id(), RoleGrant.of(Role.MERCHANT_STAFF, florist.id().value()),
                ADMIN_ACTOR);
        onlineShop().designate(voucherShop.id(), ADMIN_ACTOR);
    }

    ProgrammeDraft boosterDraft() {
        return new ProgrammeDraft("happy-kdo-booster", "Happy Kdo Booster", "12 € de bons pour 10 € payés.", Money.EUR,
                LocalDate.of(2026, 11, 14), Optional.of(LocalDate.of(2027, 2, 28)), Optional.of(LocalDate.of(2027, 2, 28)), OptionalInt.empty(),
                ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS, List.of(new DenominationDraft(Money.euros(1200), Money.euros(1000))),
                new BuyerLimit(OptionalInt.of(20), OptionalInt.empty(), Optional.empty()),
                Eligibility.allLiveShopsExcept(Set.of(florist.id())),
                List.of(new FunderShare(capso.id(), 24_717), new FunderShare(ccpl.id(), 3_869)), ExpiryRule.RETURN_SUBSIDY_TO_BUDGET,
                EnumSet.of(SalesChannel.POINT_OF_SALE, SalesChannel.ONLINE), ProgrammeDraft.DEFAULT_CANCEL_WINDOW, SettlementPeriod.WEEK);
    }

    ProgrammeDraft giftDraft() {
        return new ProgrammeDraft("cheque-cadeau", "Chèque cadeau du Pays de Saint-Omer", "Le cadeau qui fait vivre nos commerces.",
                Money.EUR, LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty(), OptionalInt.of(12),
                ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS, List.of(new DenominationDraft(Money.euros(1000), Money.euros(1000)),
                new DenominationDraft(Money.euros(2000), Money.euros(2000)), new DenominationDraft(Money.euros(5000), Money.euros(5000))),
                BuyerLimit.NONE, Eligibility.allLiveShopsExcept(Set.of()), List.of(), ExpiryRule.RETURN_SUBSIDY_TO_BUDGET,
                EnumSet.of(SalesChannel.POINT_OF_SALE, SalesChannel.ONLINE), ProgrammeDraft.DEFAULT_CANCEL_WINDOW, SettlementPeriod.WEEK);
    }

    /** A programme like the gift vouchers', with its own slug, name, description and shops. */
    public ProgrammeDraft giftLike(String slug, String name, String description, Eligibility eligibility) {
        return like(giftDraft(), slug, name, description, eligibility);
    }

    /** A programme like the Booster (subsidised by the same funders), with its own slug and name. */
    public ProgrammeDraft boosterLike(String slug, String name) {
        ProgrammeDraft booster = boosterDraft();
        return like(booster, slug, name, booster.description(), booster.eligibility());
    }

    private static ProgrammeDraft like(ProgrammeDraft base, String slug, String name, String description, Eligibility eligibility) {
        return new ProgrammeDraft(slug, name, description, base.currency(), base.saleOpensOn(), base.saleClosesOn(), base.spendUntil(),
                base.validityMonths(), base.creditValidityDays(), base.denominations(), base.buyerLimit(), eligibility, base.funders(),
                base.expiryRule(), base.channels(), base.cancelWindow(), base.settlementPeriod());
    }

    public Merchant liveMerchant(String name, String commune, Category category) {
        return engine.merchants().importMerchant(new MerchantProfile(name, "73282932000074", "Commerce", "Une boutique.",
                new Address("1 place Foch", "62500", commune), new Contact("", "", ""), OpeningHours.parse("Tu-Sa 09:00-19:00"),
                List.of(category.id()), Optional.empty()), MerchantStatus.LIVE, false, ADMIN_ACTOR);
    }

    public Account account(String name) {
        return engine.accounts().register(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org", PASSWORD, name);
    }

    public Product product(Merchant merchant, String name, long cents, int stock) {
        return engine.catalogue().createProduct(merchant.id(), new ProductDraft(name, "Un produit.", shoesCategory.id(), List.of(),
                List.of(new VariantDraft(name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "") + "-1", List.of(),
                        Money.euros(cents), stock))), ADMIN_ACTOR);
    }

    public Programmes programmes() {
        return engine.service(Programmes.class);
    }

    public PointsOfSale pointsOfSale() {
        return engine.service(PointsOfSale.class);
    }

    public PointOfSaleDesk desk() {
        return engine.service(PointOfSaleDesk.class);
    }

    public VoucherStock stock() {
        return engine.service(VoucherStock.class);
    }

    public Vouchers vouchers() {
        return engine.service(Vouchers.class);
    }

    public StoreRedemptions store() {
        return engine.service(StoreRedemptions.class);
    }

    public OnlineVoucherShop onlineShop() {
        return engine.service(OnlineVoucherShop.class);
    }

    public Settlements settlements() {
        return engine.service(Settlements.class);
    }

    public VoucherJobs jobs() {
        return engine.service(VoucherJobs.class);
    }

    public AuditReport audit() {
        return engine.service(LedgerAudit.class).verify();
    }

    /** Sells boosted vouchers at the tobacconist. */
    public Sale sellBooster(int quantity) {
        return desk().sell(new SaleRequest(tobacconist.id(), tobacconistOperator, booster.id(), booster.denominations().get(0).id(), quantity,
                Optional.empty(), Optional.empty(), UUID.randomUUID().toString())).sale();
    }

    public Voucher oneBooster() {
        return sellBooster(1).vouchers().get(0);
    }

    public Sale sellGift(long faceCents, Optional<String> buyerEmail) {
        long denomination = gift.denominations().stream().filter(d -> d.face().minorUnits() == faceCents).findFirst().orElseThrow().id();
        return desk().sell(new SaleRequest(newsagent.id(), newsagentOperator, gift.id(), denomination, 1, buyerEmail, Optional.empty(),
                UUID.randomUUID().toString())).sale();
    }

    public Receipt redeem(Account staff, Merchant merchant, Voucher voucher, long cents) {
        return store().redeem(new RedeemRequest(merchant.id(), staff, voucher.code().grouped(), Money.euros(cents), UUID.randomUUID().toString(),
                "10.0.0.1"));
    }

    public Voucher reload(Voucher voucher) {
        return vouchers().voucher(voucher.id()).orElseThrow();
    }

    public MerchantId shopId(Merchant merchant) {
        return merchant.id();
    }

    /** Waits for the sandbox bank's webhook to settle an order (it answers after a millisecond, in another thread). */
    public CustomerOrder awaitSettled(CustomerOrder order) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(() -> engine.orders().customerOrder(order.id()).orElseThrow(), current -> current.status() != CustomerOrderStatus.PENDING_PAYMENT);
    }

    @Override
    public void close() {
        engine.close();
    }
}
