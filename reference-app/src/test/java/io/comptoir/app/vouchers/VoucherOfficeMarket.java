package io.comptoir.app.vouchers;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.MovableClock;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.VouchersPlugin;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.Vouchers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The back-office market with the vouchers plugin running: the Booster (12 € sold 10 €, CAPSO and CCPL sharing the 2 €
 * by population, 1 000 € of budget), open to every live shop but the Maison Lumbroise, a tobacconist selling it, and
 * a clock the test moves (Tuesday 24 November 2026, 10:30 in Saint-Omer).
 */
public final class VoucherOfficeMarket implements AutoCloseable {
    public static final Instant TUESDAY = Instant.parse("2026-11-24T09:30:00Z");
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final Actor SYSTEM = TestCatalogue.ADMIN;

    public final MovableClock clock = new MovableClock(TUESDAY);
    public final BackOfficeMarket market;
    public final VoucherServices services;
    public final Funder capso;
    public final Funder ccpl;
    public final VoucherProgramme booster;
    public final PointOfSale tobacconist;
    public final Account operator;

    public VoucherOfficeMarket(TestDatabase database) {
        market = BackOfficeMarket.start(database, Optional.of(clock), new VouchersPlugin());
        services = new VoucherServices(service(io.comptoir.vouchers.api.Programmes.class),
                service(io.comptoir.vouchers.api.PointsOfSale.class), service(io.comptoir.vouchers.api.PointOfSaleDesk.class),
                service(io.comptoir.vouchers.api.VoucherStock.class),
                service(Vouchers.class), service(io.comptoir.vouchers.api.StoreRedemptions.class),
                service(io.comptoir.vouchers.api.Settlements.class), service(io.comptoir.vouchers.api.VoucherReports.class),
                service(io.comptoir.vouchers.api.LedgerAudit.class));
        capso = services.programmes().createFunder("CAPSO", "Communauté d’agglomération du Pays de Saint-Omer", SYSTEM);
        ccpl = services.programmes().createFunder("CCPL", "Communauté de communes du Pays de Lumbres", SYSTEM);
        booster = services.programmes().create(boosterDraft(), SYSTEM);
        services.programmes().grantBudget(booster.id(), Money.euros(1_000_00), "test-budget", SYSTEM);
        tobacconist = services.pointsOfSale().create(new PointOfSaleDraft("Tabac de la Place",
                new Address("3 place Foch", "62500", TestCatalogue.SAINT_OMER), "03 21 00 00 01", true), SYSTEM);
        operator = services.pointsOfSale().addOperator(tobacconist.id(), market.shopper("Paul Buraliste").id(), SYSTEM);
    }

    private ProgrammeDraft boosterDraft() {
        TestCatalogue c = market.catalogue;
        return new ProgrammeDraft("happy-kdo-booster", "Happy Kdo Booster", "12 € de bons pour 10 € payés.", Money.EUR,
                LocalDate.of(2026, 11, 14), Optional.of(LocalDate.of(2027, 2, 28)), Optional.of(LocalDate.of(2027, 2, 28)),
                OptionalInt.empty(), ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS,
                List.of(new DenominationDraft(Money.euros(1200), Money.euros(1000))),
                new BuyerLimit(OptionalInt.of(20), OptionalInt.empty(), Optional.empty()), Eligibility.allLiveShopsExcept(Set.of(c.lumbroise.id())),
                List.of(new FunderShare(capso.id(), 24_717), new FunderShare(ccpl.id(), 3_869)), ExpiryRule.RETURN_SUBSIDY_TO_BUDGET,
                EnumSet.of(SalesChannel.POINT_OF_SALE), ProgrammeDraft.DEFAULT_CANCEL_WINDOW, SettlementPeriod.WEEK);
    }

    private <T> T service(Class<T> type) {
        return market.engine.service(type);
    }

    /** A Booster voucher sold at the tobacconist: 12 € on it. */
    public Voucher booster() {
        return service(PointOfSaleDesk.class).sell(new SaleRequest(tobacconist.id(), operator, booster.id(),
                booster.denominations().get(0).id(), 1, Optional.empty(), Optional.empty(), UUID.randomUUID().toString())).sale().vouchers().get(0);
    }

    public Voucher reload(Voucher voucher) {
        return services.vouchers().voucher(voucher.id()).orElseThrow();
    }

    public TestCatalogue catalogue() {
        return market.catalogue;
    }

    public Session staffOf(Merchant shop) {
        return market.session(market.staffOf("Camille " + shop.name(), shop));
    }

    public Session admin() {
        return market.session(market.admin("Équipe du territoire"));
    }

    @Override
    public void close() {
        market.close();
    }
}
