package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code Orders.whenPaymentSettled}: a client waits for an asynchronous payment's outcome instead of polling for it. */
final class PaymentSettlementWaitTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static CustomerOrder pendingCardOrder(Shop shop, String card) {
        Account camille = shop.shopper("Camille Durand");
        shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.sandals).id(), 1);
        CustomerOrder order = shop.checkout(camille, List.of(Shop.card(card))).order();
        assertThat(order.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
        return order;
    }

    private static CustomerOrder await(java.util.concurrent.CompletionStage<Optional<CustomerOrder>> stage) throws Exception {
        return stage.toCompletableFuture().get(15, TimeUnit.SECONDS).orElseThrow();
    }

    @EachDatabase
    void aWaiterIsAnsweredWithThePlacedOrderOnceTheProcessorsWebhookArrives(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db, Map.of("sandbox-card.webhook-delay-ms", "300"))) {
            CustomerOrder order = pendingCardOrder(shop, Shop.CARD);

            CustomerOrder settled = await(shop.engine.orders().whenPaymentSettled(order.id(), PATIENCE));

            assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(settled.payments()).singleElement().satisfies(payment -> assertThat(payment.status().name()).isEqualTo("AUTHORISED"));
        }
    }

    @EachDatabase
    void aDeclinedCardWakesTheWaiterWithTheFailedOrder(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db, Map.of("sandbox-card.webhook-delay-ms", "300"))) {
            CustomerOrder order = pendingCardOrder(shop, "4000 0000 0000 0002");

            CustomerOrder settled = await(shop.engine.orders().whenPaymentSettled(order.id(), PATIENCE));

            assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(settled.failureReason()).contains("carte refusée");
        }
    }

    @EachDatabase
    void whenPatienceRunsOutTheWaiterGetsTheOrderStillPending(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db, Map.of("sandbox-card.webhook-delay-ms", "60000"))) {
            CustomerOrder order = pendingCardOrder(shop, Shop.CARD);
            long started = System.nanoTime();

            CustomerOrder current = await(shop.engine.orders().whenPaymentSettled(order.id(), Duration.ofMillis(300)));

            assertThat(current.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("it waited its patience").isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @EachDatabase
    void aSettledOrAnUnknownOrderIsAnsweredAtOnce(TestDatabase db) throws Exception {
        // the bank slower than the checkout: a webhook after 1 ms may settle the order before the checkout answers
        try (Shop shop = new Shop(db, Map.of("sandbox-card.webhook-delay-ms", "300"))) {
            CustomerOrder order = shop.awaitSettled(pendingCardOrder(shop, Shop.CARD));
            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);

            CompletableFuture<Optional<CustomerOrder>> settled = shop.engine.orders().whenPaymentSettled(order.id(), PATIENCE).toCompletableFuture();
            CompletableFuture<Optional<CustomerOrder>> unknown = shop.engine.orders()
                    .whenPaymentSettled(new CustomerOrderId(987_654_321L), PATIENCE).toCompletableFuture();

            assertThat(settled).isDone();
            assertThat(settled.get()).get().extracting(CustomerOrder::status).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(unknown).isDone();
            assertThat(unknown.get()).isEmpty();
            assertThatThrownBy(() -> shop.engine.orders().whenPaymentSettled(order.id(), Duration.ofMinutes(5)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("patience");
        }
    }

    /**
     * A waiter on the node whose checkout left the order pending waits without looking first; here waiters arrive at the
     * very moment the webhook settles the order, round after round: each is answered the placed order at once, none is
     * left to wait out its patience (a settlement slipping between a waiter's registration and its check would be).
     */
    @EachDatabase
    void waitersArrivingAsTheWebhookSettlesAreAllAnsweredRatherThanLeftToTheirPatience(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db)) {
            java.util.concurrent.BlockingQueue<io.comptoir.engine.api.payment.WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = shop.shopper("Camille Durand");
            shop.engine.catalogue().setStock(shop.variant(shop.sandals).id(), 1000, io.comptoir.engine.core.Fixtures.ADMIN);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                for (int round = 0; round < 15; round++) {
                    shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.sandals).id(), 1);
                    CustomerOrder order = shop.checkout(camille, List.of(Shop.card(Shop.CARD))).order();
                    io.comptoir.engine.api.payment.WebhookRequest webhook = webhooks.poll(20, TimeUnit.SECONDS);
                    assertThat(webhook).as("the sandbox bank's webhook").isNotNull();
                    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                    List<CompletableFuture<Optional<CustomerOrder>>> waiters = new java.util.ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        waiters.add(CompletableFuture.supplyAsync(() -> {
                            awaitLatch(start);
                            return shop.engine.orders().whenPaymentSettled(order.id(), PATIENCE);
                        }, pool).thenCompose(stage -> stage));
                    }
                    CompletableFuture<Void> delivered = CompletableFuture.runAsync(() -> {
                        awaitLatch(start);
                        shop.engine.payments().handleWebhook(io.comptoir.engine.core.payment.sandbox.SandboxCardProvider.ID, webhook);
                    }, pool);
                    start.countDown();
                    delivered.get(15, TimeUnit.SECONDS);
                    for (CompletableFuture<Optional<CustomerOrder>> waiter : waiters) {
                        assertThat(waiter.get(5, TimeUnit.SECONDS)).as("round %d", round).get()
                                .extracting(CustomerOrder::status).isEqualTo(CustomerOrderStatus.PLACED);
                    }
                }
            }
            finally {
                pool.shutdownNow();
            }
        }
    }

    private static void awaitLatch(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @EachDatabase
    void aSettlementMadeByAnotherNodeWakesTheWaiterThroughTheChangeFeed(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db, Map.of("sandbox-card.webhook-delay-ms", "60000"))) {
            CustomerOrder order = pendingCardOrder(shop, Shop.CARD);
            java.util.concurrent.CompletionStage<Optional<CustomerOrder>> waiting = shop.engine.orders().whenPaymentSettled(order.id(), PATIENCE);
            // another node, whose clock is past the payment timeout, gives the unconfirmed order up
            Clock later = Clock.offset(Clock.systemUTC(), OrderSettlement.PAYMENT_TIMEOUT.plusMinutes(1));
            try (Engine other = Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).clock(later)
                    .backgroundWork(false).build()) {
                other.runDueJobs();

                CustomerOrder settled = await(waiting);

                assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
                assertThat(settled.failureReason()).contains("payment not confirmed in time");
            }
        }
    }
}
