package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.core.payment.sandbox.SandboxCardProvider;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook applies its notification and settles the order in one transaction, locking the order's row before the
 * payment's. Here the processor's notifications about an order's two card tenders, each sent several times, all arrive
 * at once: whatever their order, each is applied once, the order is settled once, nothing is released or given back twice,
 * and no delivery fails (a deadlock would fail one).
 */
final class WebhookConcurrencyTest {
    private static final int COPIES = 4;

    @EachDatabase
    void twoTendersNotificationsSentSeveralTimesAtOncePlaceTheOrderOnce(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db)) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = shop.shopper("Camille Durand");
            CustomerOrder order = checkoutWithTwoCards(shop, camille, Shop.CARD, Shop.CARD);

            deliverAllAtOnce(shop, List.of(take(webhooks), take(webhooks)));

            CustomerOrder placed = shop.engine.orders().customerOrder(order.id()).orElseThrow();
            assertThat(placed.status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(placed.merchantOrders()).allSatisfy(part -> {
                assertThat(part.status()).isEqualTo(MerchantOrderStatus.PLACED);
                assertThat(part.history()).as("placed once").hasSize(1);
            });
            assertThat(placed.payments()).extracting(Payment::status).containsOnly(PaymentStatus.AUTHORISED);
            for (Payment payment : placed.payments()) {
                assertThat(shop.engine.payments().transactionsOf(payment.id())).extracting(PaymentTransaction::kind)
                        .as("each notification applied once").containsExactly(PaymentTransaction.Kind.AUTHORISE, PaymentTransaction.Kind.WEBHOOK);
            }
            assertThat(events(db, order, "customer_order.placed")).isEqualTo(1);
        }
    }

    @EachDatabase
    void anApprovalAndADeclineSentSeveralTimesAtOnceFailTheOrderOnceAndReleaseTheApprovedCard(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db)) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = shop.shopper("Camille Durand");
            CustomerOrder order = checkoutWithTwoCards(shop, camille, Shop.CARD, "4000 0000 0000 0002");

            deliverAllAtOnce(shop, List.of(take(webhooks), take(webhooks)));

            CustomerOrder failed = shop.engine.orders().customerOrder(order.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(failed.merchantOrders()).extracting(part -> part.status()).containsOnly(MerchantOrderStatus.CANCELLED);
            Payment approved = failed.payments().get(0);
            assertThat(approved.released()).as("the approved card released, once").isEqualTo(approved.amount());
            assertThat(sandboxReleased(db, approved)).as("what the bank released").isEqualTo(approved.amount().minorUnits());
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).as("given back once").isEqualTo(5);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.coffee).id()).orElseThrow().stock()).isEqualTo(20);
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).itemCount()).as("restored once").isEqualTo(3);
            assertThat(events(db, order, "customer_order.payment_failed")).isEqualTo(1);
        }
    }

    /**
     * A declined card fails its order (the cart given its lines back, the stock its units) while the same shopper checks
     * out the same boots again: both take the cart's lock before the variants', so neither waits on the other's
     * locks (a deadlock, which PostgreSQL breaks by failing one, would fail the round).
     */
    @EachDatabase
    void aDeclineAndTheShoppersNextCheckoutOfTheSameBootsNeverDeadlock(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db)) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = shop.shopper("Camille Durand");
            io.comptoir.engine.api.catalogue.VariantId boots = shop.variant(shop.boots).id();
            shop.engine.catalogue().setStock(boots, 1000, io.comptoir.engine.core.Fixtures.ADMIN);
            int refused = 0;
            for (int round = 0; round < 12; round++) {
                shop.engine.carts().add(shop.cartOf(camille), boots, 1);
                CustomerOrder declined = shop.checkout(camille, List.of(Shop.card("4000 0000 0000 0002"))).order();
                WebhookRequest decline = take(webhooks);
                shop.engine.carts().add(shop.cartOf(camille), boots, 1);

                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                Future<?> failing = pool.submit(() -> {
                    start.await();
                    shop.engine.payments().handleWebhook(SandboxCardProvider.ID, decline);
                    return null;
                });
                Future<Boolean> buying = pool.submit(() -> {
                    start.await();
                    try {
                        shop.checkout(camille, List.of(Shop.payAtPickup()));
                        return true;
                    }
                    catch (io.comptoir.engine.api.error.ConflictException e) {
                        // the restored lines came between the basket's two reads: refused, nothing changed
                        assertThat(e.code()).isEqualTo("cart_changed");
                        return false;
                    }
                });
                start.countDown();
                pool.shutdown();
                assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
                failing.get();
                refused += buying.get() ? 0 : 1;
                assertThat(shop.engine.orders().customerOrder(declined.id()).orElseThrow().status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            }
            long sold = shop.engine.orders().customerOrdersOf(camille.id(), 0, 100).stream()
                    .filter(order -> order.status() == CustomerOrderStatus.PLACED)
                    .flatMap(order -> order.merchantOrders().stream()).flatMap(part -> part.lines().stream())
                    .mapToLong(line -> line.quantity()).sum();
            assertThat(shop.engine.catalogue().variant(boots).orElseThrow().stock()).as("every unit sold or given back, %d refused", refused)
                    .isEqualTo(1000 - sold);
        }
    }

    /** A pair of boots and two bags of coffee, from two shops, paid by two cards: 50 € on the first, the rest on the second. */
    private static CustomerOrder checkoutWithTwoCards(Shop shop, Account shopper, String first, String second) {
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.boots).id(), 1);
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.coffee).id(), 2);
        TenderRequest fifty = new TenderRequest(SandboxCardProvider.ID, Optional.of(Money.euros(5000)), Map.of("card", first));
        CustomerOrder order = shop.checkout(shopper, List.of(fifty, Shop.card(second))).order();
        assertThat(order.status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
        assertThat(order.payments()).hasSize(2);
        return order;
    }

    private static WebhookRequest take(BlockingQueue<WebhookRequest> webhooks) throws InterruptedException {
        WebhookRequest webhook = webhooks.poll(20, TimeUnit.SECONDS);
        assertThat(webhook).as("the sandbox bank's webhook").isNotNull();
        return webhook;
    }

    /** Every webhook {@link #COPIES} times, in a shuffled order, from as many threads released at once; none may fail. */
    private static void deliverAllAtOnce(Shop shop, List<WebhookRequest> webhooks) throws Exception {
        List<WebhookRequest> deliveries = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            deliveries.addAll(webhooks);
        }
        Collections.shuffle(deliveries);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(deliveries.size());
        List<Future<?>> done = new ArrayList<>();
        for (WebhookRequest webhook : deliveries) {
            done.add(pool.submit(() -> {
                start.await();
                shop.engine.payments().handleWebhook(SandboxCardProvider.ID, webhook);
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (Future<?> delivery : done) {
            delivery.get();
        }
    }

    private static long events(TestDatabase db, CustomerOrder order, String type) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM domain_event WHERE type = ? AND aggregate_id = ?", type, Long.toString(order.id().value()));
    }

    private static long sandboxReleased(TestDatabase db, Payment payment) throws SQLException {
        return count(db, "SELECT released FROM sandbox_card_payment WHERE reference = ?", payment.providerReference().orElseThrow());
    }

    private static long count(TestDatabase db, String sql, String... parameters) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
