package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.ledger.LedgerProbe;
import io.comptoir.vouchers.api.Voucher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.vouchers.redemption.OnlineRedemptionTest.basket;
import static io.comptoir.vouchers.redemption.OnlineRedemptionTest.card;
import static io.comptoir.vouchers.redemption.OnlineRedemptionTest.checkout;
import static io.comptoir.vouchers.redemption.OnlineRedemptionTest.voucher;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between the hold's commit and the engine's record of it leaves a hold its payment does not know. Such a hold is
 * owned all the same — its payment was written first, and the hold names it — so it is never stranded for good: the engine
 * learns of it by asking the provider, the ledger audit reports a hold no live payment owns, and a job releases it by the
 * reversal of its ledger transaction.
 */
final class StrandedHoldTest {
    private static final Map<String, String> SLOW_BANK = Map.of("sandbox-card.webhook-delay-ms", "60000");

    @EachDatabase
    void aHoldWhoseOrderFailedWithoutItIsReportedByTheAuditAndReleasedByReversal(TestDatabase db) throws SQLException {
        try (Market market = new Market(db, LedgerProbe.NONE, Money.euros(100_000_00), SLOW_BANK)) {
            Voucher voucher = market.oneBooster();
            Stranding stranding = strand(market, db, voucher);
            // an engine that does not ask its providers after a crash would leave it there
            update(db, "UPDATE payment SET void_check = FALSE");

            assertThat(market.audit().ok()).isFalse();
            assertThat(market.audit().problems()).singleElement().satisfies(problem -> assertThat(problem)
                    .startsWith("hold " + stranding.holdId() + " of voucher " + voucher.id() + " holds 1200 but its payment "
                            + stranding.payment().id() + " (failed) holds 0"));
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(0));

            assertThat(market.jobs().releaseStrandedHolds()).as("the engine is given time to release it itself").isZero();
            market.clock.advance(Duration.ofMinutes(5));
            assertThat(market.jobs().releaseStrandedHolds()).isEqualTo(1);

            assertThat(market.audit().problems()).isEmpty();
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(1200));
            assertThat(one(db, "SELECT COUNT(*) FROM voucher_ledger_transaction r JOIN voucher_ledger_transaction h ON h.id = r.reverses_id "
                    + "WHERE h.kind = 'HOLD' AND r.kind = 'RELEASE' AND r.idempotency_key = 'recovery:" + stranding.holdId() + "'"))
                    .as("a reversal of the hold's transaction").isEqualTo(1);
            assertThat(market.jobs().releaseStrandedHolds()).as("once").isZero();
        }
    }

    @EachDatabase
    void theEngineReleasesItByAskingTheProviderAfterTheOrderFailed(TestDatabase db) throws SQLException {
        try (Market market = new Market(db, LedgerProbe.NONE, Money.euros(100_000_00), SLOW_BANK)) {
            Voucher voucher = market.oneBooster();
            strand(market, db, voucher);

            market.clock.advance(Duration.ofSeconds(11));
            market.engine.reconcilePayments();

            assertThat(market.audit().problems()).isEmpty();
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(1200));
            assertThat(market.jobs().releaseStrandedHolds()).isZero();
        }
    }

    @EachDatabase
    void aHoldWhosePaymentIsStillPendingIsOwned(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, Money.euros(100_000_00), SLOW_BANK)) {
            Voucher voucher = market.oneBooster();
            Account shopper = market.account("Camille Durand");
            basket(market, shopper, market.product(market.shoes, "Chaussons", 3000, 5));

            CustomerOrder pending = checkout(market, shopper, voucher(voucher), card());

            assertThat(pending.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void theProviderSaysWhereAnAuthorisationStandsByItsKey(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, Money.euros(100_000_00), SLOW_BANK)) {
            Voucher voucher = market.oneBooster();
            Account shopper = market.account("Dominique Lefebvre");
            basket(market, shopper, market.product(market.shoes, "Chaussons", 3000, 5));
            CustomerOrder order = checkout(market, shopper, voucher(voucher), card());
            Payment payment = order.payments().get(0);
            PaymentProvider provider = market.engine.payments().providers().stream().filter(p -> p.id().equals("voucher")).findFirst().orElseThrow();

            AuthorisationStatus held = provider.authorisationStatus(query("checkout-" + order.id().value() + "-0", payment));
            assertThat(held.state()).isEqualTo(AuthorisationStatus.State.AUTHORISED);
            assertThat(Optional.of(held.providerReference())).isEqualTo(payment.providerReference());
            assertThat(provider.authorisationStatus(query("checkout-" + order.id().value() + "-9", payment)).state())
                    .isEqualTo(AuthorisationStatus.State.NOT_FOUND);

            market.clock.advance(Duration.ofMinutes(16));
            market.engine.runDueJobs();
            assertThat(market.engine.orders().customerOrder(order.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(provider.authorisationStatus(query("checkout-" + order.id().value() + "-0", payment)).state())
                    .as("released with its order").isEqualTo(AuthorisationStatus.State.CLOSED);
        }
    }

    private record Stranding(long holdId, Payment payment) {
    }

    /**
     * Pays with the voucher and a card the bank is slow to confirm, then rewinds the engine's record of the voucher's answer
     * (as if the node died between the hold's commit and its own), and lets the order time out: the hold is left to nobody.
     */
    private static Stranding strand(Market market, TestDatabase db, Voucher voucher) throws SQLException {
        Account shopper = market.account("Sam Petit");
        basket(market, shopper, market.product(market.shoes, "Chaussons", 3000, 5));
        CustomerOrder order = checkout(market, shopper, voucher(voucher), card());
        Payment payment = order.payments().get(0);
        update(db, "DELETE FROM payment_transaction WHERE payment_id = " + payment.id().value());
        update(db, "UPDATE payment SET status = 'PENDING', provider_reference = NULL WHERE id = " + payment.id().value());
        market.clock.advance(Duration.ofMinutes(16));
        market.engine.runDueJobs();
        assertThat(market.engine.orders().customerOrder(order.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
        return new Stranding(one(db, "SELECT id FROM voucher_hold WHERE payment_id = " + payment.id().value()), payment);
    }

    private static AuthorisationQuery query(String key, Payment payment) {
        return new AuthorisationQuery(key, payment.id(), payment.order(), payment.providerReference(), payment.amount());
    }

    private static void update(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static long one(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
