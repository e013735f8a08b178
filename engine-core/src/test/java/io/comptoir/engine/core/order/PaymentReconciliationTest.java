package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.core.payment.sandbox.SandboxCardProvider;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After a crash, the engine asks the providers how the authorisations it lost track of ended, instead of leaving their
 * orders pending for the 15-minute payment timeout (holding stock, vouchers and card authorisations), and releases what a
 * provider still holds for an order that failed.
 */
final class PaymentReconciliationTest {
    private static final Map<String, String> SLOW_BANK = Map.of("sandbox-card.webhook-delay-ms", "60000");

    @EachDatabase
    void anAuthorisationWhoseAnswerWasLostInACrashIsSettledFromTheProvidersBooks(TestDatabase db) {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, Map.of(), clock)) {
            Account camille = shop.shopper("Camille Durand");
            crashAfterTheGiftCardAuthorised(shop, camille, "GIFT-1");
            CustomerOrder lost = shop.engine.orders().customerOrdersOf(camille.id(), 0, 1).get(0);
            assertThat(lost.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            assertThat(lost.payments().get(0).providerReference()).as("the answer was never recorded").isEmpty();

            assertThat(shop.engine.reconcilePayments()).as("the checkout might still be waiting for its answer").isZero();
            clock.advance(Duration.ofSeconds(20));
            assertThat(shop.engine.reconcilePayments()).isEqualTo(1);

            CustomerOrder settled = shop.engine.orders().customerOrder(lost.id()).orElseThrow();
            assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PLACED);
            Payment payment = settled.payments().get(0);
            assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORISED);
            assertThat(payment.providerReference()).isPresent();
            assertThat(shop.engine.payments().transactionsOf(payment.id())).extracting(PaymentTransaction::kind)
                    .contains(PaymentTransaction.Kind.STATUS);
            assertThat(shop.balances.outstandingHolds()).as("held by the placed order").isEqualTo(4500);
        }
    }

    @EachDatabase
    void aTenderThatNeverReachedItsProviderFailsTheOrderWhichReleasesTheOthers(TestDatabase db) {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, SLOW_BANK, clock)) {
            Account dominique = shop.shopper("Dominique Lefebvre");
            shop.balances.card("GIFT-2", 1_000, Set.of(shop.shoes.id()));
            shop.engine.carts().add(shop.cartOf(dominique), shop.variant(shop.sandals).id(), 1);
            int stock = shop.engine.catalogue().product(shop.sandals.id()).orElseThrow().variants().get(0).stock();
            shop.balances.crashAfterAuthorising = true;

            assertThatThrownBy(() -> shop.checkout(dominique, List.of(Shop.balance("GIFT-2"), Shop.card(Shop.CARD))))
                    .isInstanceOf(BalanceProvider.SimulatedCrash.class);
            clock.advance(Duration.ofSeconds(20));
            shop.engine.reconcilePayments();

            CustomerOrder failed = shop.engine.orders().customerOrdersOf(dominique.id(), 0, 1).get(0);
            assertThat(failed.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(failed.payments().get(1).failureReason()).hasValueSatisfying(reason -> assertThat(reason).contains("never reached"));
            assertThat(shop.balances.outstandingHolds()).as("the gift card's hold was released").isZero();
            assertThat(shop.balances.balance("GIFT-2")).isEqualTo(1_000);
            assertThat(shop.engine.catalogue().product(shop.sandals.id()).orElseThrow().variants().get(0).stock()).as("the stock is back").isEqualTo(stock);
            assertThat(shop.engine.carts().cart(shop.cartOf(dominique)).lines()).as("back in the cart").hasSize(1);
        }
    }

    @EachDatabase
    void aWebhookThatNeverCameIsReplacedByTheProcessorsAnswer(TestDatabase db) throws SQLException {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, SLOW_BANK, clock)) {
            Account lou = shop.shopper("Lou Martin");
            shop.engine.carts().add(shop.cartOf(lou), shop.variant(shop.boots).id(), 1);
            CustomerOrder pending = shop.checkout(lou, List.of(Shop.card(Shop.CARD))).order();
            assertThat(pending.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            // the bank decided, and the node that was to deliver its webhook died
            update(db, "UPDATE sandbox_card_payment SET status = 'AUTHORISED'");

            clock.advance(Duration.ofSeconds(11));
            assertThat(shop.engine.reconcilePayments()).isEqualTo(1);

            assertThat(shop.engine.orders().customerOrder(pending.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PLACED);
        }
    }

    @EachDatabase
    void aProcessorStillDecidingIsAskedAgainUntilItDecides(TestDatabase db) {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, SLOW_BANK, clock)) {
            Account lou = shop.shopper("Lou Bernard");
            shop.engine.carts().add(shop.cartOf(lou), shop.variant(shop.boots).id(), 1);
            CustomerOrder pending = shop.checkout(lou, List.of(Shop.card(Shop.CARD))).order();

            clock.advance(Duration.ofSeconds(11));
            assertThat(shop.engine.reconcilePayments()).isZero();
            assertThat(shop.engine.orders().customerOrder(pending.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
        }
    }

    @EachDatabase
    void anAuthorisationTheEngineNeverRecordedIsReleasedWhenItsOrderTimesOut(TestDatabase db) {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, Map.of(), clock)) {
            Account sam = shop.shopper("Sam Petit");
            // the authorisation is granted, its answer lost, and nothing asks the provider until the payment times out
            crashAfterTheGiftCardAuthorised(shop, sam, "GIFT-3");
            clock.advance(OrderSettlement.PAYMENT_TIMEOUT.plusMinutes(1));
            shop.engine.runDueJobs();
            CustomerOrder failed = shop.engine.orders().customerOrdersOf(sam.id(), 0, 1).get(0);
            assertThat(failed.status()).as("the timeout came first").isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(shop.balances.outstandingHolds()).as("still held at the provider").isEqualTo(4500);

            clock.advance(Duration.ofSeconds(11));
            assertThat(shop.engine.reconcilePayments()).isEqualTo(1);

            assertThat(shop.balances.outstandingHolds()).isZero();
            assertThat(shop.balances.balance("GIFT-3")).isEqualTo(10_000);
            Payment payment = shop.engine.orders().customerOrder(failed.id()).orElseThrow().payments().get(0);
            assertThat(shop.engine.payments().transactionsOf(payment.id())).extracting(PaymentTransaction::kind, PaymentTransaction::idempotencyKey)
                    .contains(org.assertj.core.groups.Tuple.tuple(PaymentTransaction.Kind.RELEASE, "void-" + payment.id().value()));
            clock.advance(Duration.ofSeconds(11));
            assertThat(shop.engine.reconcilePayments()).as("released once").isZero();
        }
    }

    /**
     * An order fails (its card declined) and the provider of its other tender refuses to release the hold, or cannot be
     * reached: the tender is marked, and the reconciliation releases what the provider still holds.
     */
    @EachDatabase
    void aReleaseRefusedWhenItsOrderFailedIsMadeByTheReconciliation(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, Map.of(), clock)) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account eva = shop.shopper("Eva Roux");
            shop.balances.card("GIFT-4", 2_000, Set.of(shop.shoes.id()));
            shop.engine.carts().add(shop.cartOf(eva), shop.variant(shop.sandals).id(), 1);
            CustomerOrder pending = shop.checkout(eva, List.of(Shop.balance("GIFT-4"), Shop.card("4000 0000 0000 0002"))).order();
            assertThat(pending.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            shop.balances.refuseReleases(1);

            WebhookRequest decline = webhooks.poll(20, TimeUnit.SECONDS);
            assertThat(decline).as("the bank's webhook").isNotNull();
            shop.engine.payments().handleWebhook(SandboxCardProvider.ID, decline);
            assertThat(shop.engine.orders().customerOrder(pending.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(shop.balances.outstandingHolds()).as("the release refused: still held").isEqualTo(2_000);

            clock.advance(Duration.ofSeconds(11));
            assertThat(shop.engine.reconcilePayments()).isEqualTo(1);

            assertThat(shop.balances.outstandingHolds()).isZero();
            assertThat(shop.balances.balance("GIFT-4")).isEqualTo(2_000);
            Payment gift = shop.engine.orders().customerOrder(pending.id()).orElseThrow().payments().get(0);
            assertThat(gift.released()).as("recorded released").isEqualTo(gift.amount());
            clock.advance(Duration.ofSeconds(11));
            assertThat(shop.engine.reconcilePayments()).as("released once").isZero();
        }
    }

    @EachDatabase
    void aReplayedCheckoutOfTheLostAnswerFindsTheSettledOrder(TestDatabase db) {
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-14T09:00:00Z"));
        try (Shop shop = new Shop(db, Map.of(), clock)) {
            Account eve = shop.shopper("Eve Moreau");
            shop.balances.card("GIFT-4", 10_000, Set.of(shop.shoes.id()));
            shop.engine.carts().add(shop.cartOf(eve), shop.variant(shop.sandals).id(), 1);
            shop.balances.crashAfterAuthorising = true;
            String key = UUID.randomUUID().toString();
            List<TenderRequest> tenders = List.of(Shop.balance("GIFT-4"));
            assertThatThrownBy(() -> shop.checkout(eve, Map.of(), tenders, key)).isInstanceOf(BalanceProvider.SimulatedCrash.class);
            clock.advance(Duration.ofSeconds(20));
            shop.engine.reconcilePayments();

            assertThat(shop.checkout(eve, Map.of(), tenders, key).order().status()).isEqualTo(CustomerOrderStatus.PLACED);
        }
    }

    /**
     * A gift card of 100 € pays a pair of sandals; its provider authorises, and the process "dies" before recording the
     * answer: the order is left pending, its tender without a reference.
     */
    private static void crashAfterTheGiftCardAuthorised(Shop shop, Account shopper, String giftCard) {
        shop.balances.card(giftCard, 10_000, Set.of(shop.shoes.id()));
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.sandals).id(), 1);
        shop.balances.crashAfterAuthorising = true;
        assertThatThrownBy(() -> shop.checkout(shopper, List.of(Shop.balance(giftCard)))).isInstanceOf(BalanceProvider.SimulatedCrash.class);
    }

    private static void update(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
