package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CheckoutResult;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.payment.sandbox.SandboxCardProvider;
import io.comptoir.engine.core.persistence.SqlProfile;
import io.comptoir.engine.core.persistence.SqlProfile.Counts;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * What a card purchase costs the database, counted as {@code bench/checkout.sh} counts it ({@link SqlProfile}: each
 * transaction that ran a statement, each statement, a JDBC batch being one, under the kind of work that began it). The
 * counts are exact, so that a checkout or a webhook that takes one more transaction or round trip fails here and says
 * where.
 *
 * <p>The sandbox bank's webhook is held until the checkout has answered, then handed to the engine: the webhook cannot
 * overtake the checkout's record of the authorisation (it would be refused and sent again), so each run counts the same.
 */
final class PurchaseTransactionsTest {
    /** Runs a call with no frame of this test on its stack, so that the profile names its kinds as the benchmark does. */
    private static final ExecutorService ENGINE_EDGE = Executors.newSingleThreadExecutor();

    @AfterAll
    static void stop() {
        ENGINE_EDGE.shutdownNow();
    }

    @EachDatabase
    void aCardPurchaseOfATwoShopBasket(TestDatabase db) throws InterruptedException {
        SqlProfile profile = SqlProfile.inMemory();
        try (Shop shop = new Shop(profile.profile(db.dataSource()), Map.of(), Clock.systemUTC())) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = returningShopper(shop, profile, webhooks);

            Purchase purchase = purchase(shop, profile, webhooks, camille, Shop.CARD);

            assertThat(purchase.order().status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(purchase.order().merchantOrders()).hasSize(2);
            assertSoftly(softly -> {
                softly.assertThat(total(purchase.cart())).as("the two cart lines, by kind: %s", purchase.cart()).isEqualTo(new Counts(2, 6));
                softly.assertThat(total(purchase.checkout())).as("the checkout, by kind: %s", purchase.checkout()).isEqualTo(new Counts(3, 18));
                softly.assertThat(total(purchase.webhook())).as("the webhook and the settlement, by kind: %s", purchase.webhook())
                        .isEqualTo(new Counts(1, 11));
            });
        }
    }

    @EachDatabase
    void aDeclinedCardsWebhookFailsTheOrderInOneTransaction(TestDatabase db) throws InterruptedException {
        SqlProfile profile = SqlProfile.inMemory();
        try (Shop shop = new Shop(profile.profile(db.dataSource()), Map.of(), Clock.systemUTC())) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = returningShopper(shop, profile, webhooks);

            Purchase purchase = purchase(shop, profile, webhooks, camille, "4000 0000 0000 0002");

            assertThat(purchase.order().status()).isEqualTo(CustomerOrderStatus.PAYMENT_FAILED);
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).itemCount()).as("the cart restored").isEqualTo(3);
            assertSoftly(softly -> {
                softly.assertThat(total(purchase.checkout())).as("the checkout, by kind: %s", purchase.checkout()).isEqualTo(new Counts(3, 18));
                softly.assertThat(total(purchase.webhook())).as("the webhook and the order's failure, by kind: %s", purchase.webhook())
                        .isEqualTo(new Counts(1, 19));
            });
        }
    }

    /**
     * The sandbox bank's side of a card purchase: the authorisation it books when asked, then its decision, which books the
     * webhook already taken for its first attempt, and the delivery's record; 5 transactions and 7 statements when the
     * decision's webhook was claimed and its body read back before it was sent.
     */
    @EachDatabase
    void theSandboxBankAuthorisesDecidesAndDeliversInThreeTransactions(TestDatabase db) throws Exception {
        SqlProfile profile = SqlProfile.inMemory();
        try (Shop shop = new Shop(profile.profile(db.dataSource()), Map.of(), Clock.systemUTC())) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = returningShopper(shop, profile, webhooks);
            awaitDeliveredWebhooks(db, 1);

            Map<String, Counts> before = profile.counts();
            Purchase purchase = purchase(shop, profile, webhooks, camille, Shop.CARD);
            awaitDeliveredWebhooks(db, 2);
            Map<String, Counts> bank = new TreeMap<>(since(before, profile.counts(), "SandboxCardProvider."));
            bank.putAll(since(before, profile.counts(), ">OrderSettlement.call"));

            assertThat(purchase.order().status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(bank.values().stream().reduce(new Counts(0, 0), (a, b) -> new Counts(a.transactions() + b.transactions(),
                    a.statements() + b.statements()))).as("the bank's work, by kind: %s", bank).isEqualTo(new Counts(3, 5));
        }
    }

    /** Waits until the sandbox bank has recorded that many webhooks as delivered (it does so once the engine took one). */
    private static void awaitDeliveredWebhooks(TestDatabase db, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement delivered = connection.prepareStatement("SELECT COUNT(*) FROM sandbox_card_webhook WHERE delivered_at IS NOT NULL")) {
            while (true) {
                try (ResultSet result = delivered.executeQuery()) {
                    result.next();
                    if (result.getInt(1) >= count) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("%d webhooks recorded as delivered within 20 s", count).isLessThan(deadline);
                Thread.sleep(10);
            }
        }
    }

    /**
     * The mails of placed two-shop orders (one to the shopper, one to each shop), delivered together, come from one read
     * of all the orders and go to the outbox in one write: each shop's event comes before the order's own in the feed,
     * and what a "placed" mail says (lines, hand-over, totals) does not change once the order is placed.
     */
    @EachDatabase
    void theMailsOfPlacedOrdersDeliveredTogetherReadTheOrdersOnceAndAreWrittenAtOnce(TestDatabase db) throws InterruptedException {
        SqlProfile profile = SqlProfile.inMemory();
        try (Shop shop = new Shop(profile.profile(db.dataSource()), Map.of(), Clock.systemUTC())) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = returningShopper(shop, profile, webhooks);
            atEngineEdge(Engine::deliverPendingEvents, shop.engine);
            assertThat(purchase(shop, profile, webhooks, camille, Shop.CARD).order().status()).isEqualTo(CustomerOrderStatus.PLACED);
            assertThat(purchase(shop, profile, webhooks, camille, Shop.CARD).order().status()).isEqualTo(CustomerOrderStatus.PLACED);

            Map<String, Counts> before = profile.counts();
            atEngineEdge(Engine::deliverPendingEvents, shop.engine);
            Map<String, Counts> delivered = since(before, profile.counts(), "EventDispatcher.deliverDue");

            assertThat(shop.engine.mailOutbox().sentTo(camille.email(), 10)).extracting(sent -> sent.mail().kind())
                    .containsExactly("order_placed", "order_placed", "order_placed");   // the returning shopper's first order too
            assertThat(shop.engine.mailOutbox().sentTo("contact@shop.example", 10)).extracting(sent -> sent.mail().kind())
                    .containsOnly("merchant_order_placed").hasSize(6);
            // two rounds (each: the feed's extension, 3 statements; the subscription's row), the claim, the feed's read and
            // the update that stores the position and gives the lease up; the two orders' read (4), one read of the
            // accounts at the shopper's and the shops' addresses for their languages (2) and one write of the nine mails:
            // as for one order. Read and written event by event, one order took 22 statements and these two 33
            assertThat(total(delivered)).as("the delivery, by kind: %s", delivered).isEqualTo(new Counts(14, 18));
        }
    }

    /**
     * The shopper's page waits for the card's outcome ({@code Prefer: wait}) on the node whose checkout left the order
     * pending: it need not look at the order before waiting (nothing can have settled it unseen), so the wait costs the
     * one read of the settled order.
     */
    @EachDatabase
    void waitingForTheCardOfAnOrderThisNodesCheckoutLeftPendingIsOneRead(TestDatabase db) throws Exception {
        SqlProfile profile = SqlProfile.inMemory();
        try (Shop shop = new Shop(profile.profile(db.dataSource()), Map.of(), Clock.systemUTC())) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = returningShopper(shop, profile, webhooks);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            CheckoutResult result = atEngineEdge(shop.engine.checkout()::checkout,
                    new CheckoutRequest(camille.id(), Map.of(), List.of(Shop.card(Shop.CARD)), UUID.randomUUID().toString()));
            assertThat(result.order().status()).isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);

            WebhookRequest webhook = webhooks.poll(20, TimeUnit.SECONDS);
            assertThat(webhook).as("the sandbox bank's webhook").isNotNull();

            Map<String, Counts> before = profile.counts();
            CompletableFuture<Optional<CustomerOrder>> waiting = askAtEngineEdge(shop.engine.orders()::whenPaymentSettled,
                    result.order().id(), Duration.ofSeconds(20)).toCompletableFuture();
            assertThat(waiting).as("waiting for the bank").isNotDone();
            atEngineEdge(shop.engine.payments()::handleWebhook, SandboxCardProvider.ID, webhook);
            CustomerOrder settled = waiting.get(20, TimeUnit.SECONDS).orElseThrow();

            assertThat(settled.status()).isEqualTo(CustomerOrderStatus.PLACED);
            Map<String, Counts> waited = since(before, profile.counts(), "OrderService.settled");
            assertThat(total(waited)).as("the wait, by kind: %s", waited).isEqualTo(new Counts(1, 4));
        }
    }

    /**
     * The shopper's checkout that waits for the card ({@link io.comptoir.engine.api.order.Checkout#checkout(CheckoutRequest,
     * Duration)}, the JSON API's {@code Prefer: wait}) reads the order once, settled: not also as it stood pending.
     */
    @EachDatabase
    void aCheckoutThatWaitsForTheCardReadsTheOrderOnce(TestDatabase db) throws Exception {
        SqlProfile profile = SqlProfile.inMemory();
        try (Shop shop = new Shop(profile.profile(db.dataSource()), Map.of(), Clock.systemUTC())) {
            BlockingQueue<WebhookRequest> webhooks = shop.holdWebhooks();
            Account camille = returningShopper(shop, profile, webhooks);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);

            Map<String, Counts> before = profile.counts();
            CompletableFuture<CheckoutResult> paying = askAtEngineEdge(shop.engine.checkout()::checkout,
                    new CheckoutRequest(camille.id(), Map.of(), List.of(Shop.card(Shop.CARD)), UUID.randomUUID().toString()),
                    Duration.ofSeconds(20)).toCompletableFuture();
            WebhookRequest webhook = webhooks.poll(20, TimeUnit.SECONDS);
            assertThat(webhook).as("the sandbox bank's webhook").isNotNull();
            assertThat(paying).as("waiting for the bank").isNotDone();
            Map<String, Counts> checkout = since(before, profile.counts(), "CheckoutService.");
            before = profile.counts();
            atEngineEdge(shop.engine.payments()::handleWebhook, SandboxCardProvider.ID, webhook);
            CheckoutResult result = paying.get(20, TimeUnit.SECONDS);

            assertThat(result.order().status()).isEqualTo(CustomerOrderStatus.PLACED);
            Map<String, Counts> waited = since(before, profile.counts(), "OrderService.settled");
            assertSoftly(softly -> {
                softly.assertThat(total(checkout)).as("the checkout until the bank answers, by kind: %s", checkout).isEqualTo(new Counts(3, 15));
                softly.assertThat(total(waited)).as("the wait, by kind: %s", waited).isEqualTo(new Counts(1, 4));
            });
        }
    }

    /**
     * A shopper who bought once from the same shops: what the engine keeps in memory (the shopper's account, what the shops
     * accept) is then as it is for a shopper who has been using the site. What follows is counted.
     */
    private static Account returningShopper(Shop shop, SqlProfile profile, BlockingQueue<WebhookRequest> webhooks) throws InterruptedException {
        Account camille = shop.shopper("Camille Durand");
        // the feed's account events reach this node's memory now, not in the middle of what is counted (where they would
        // make the checkout read the account again)
        shop.engine.refreshSearch();
        assertThat(purchase(shop, profile, webhooks, camille, Shop.CARD).order().status()).isEqualTo(CustomerOrderStatus.PLACED);
        return camille;
    }

    /**
     * What a purchase cost, by kind of work: its two cart lines, its checkout, and its card's webhook with what it settled;
     * the order it ended with.
     */
    private record Purchase(Map<String, Counts> cart, Map<String, Counts> checkout, Map<String, Counts> webhook, CustomerOrder order) {
    }

    /** A pair of boots and two bags of coffee, from two shops, paid by card; the bank's webhook handed over once the checkout has answered. */
    private static Purchase purchase(Shop shop, SqlProfile profile, BlockingQueue<WebhookRequest> webhooks, Account shopper, String card)
            throws InterruptedException {
        Map<String, Counts> before = profile.counts();
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.boots).id(), 1);
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.coffee).id(), 2);
        Map<String, Counts> cart = since(before, profile.counts(), "CartStore.add");

        before = profile.counts();
        CheckoutResult result = atEngineEdge(shop.engine.checkout()::checkout,
                new CheckoutRequest(shopper.id(), Map.of(), List.of(Shop.card(card)), UUID.randomUUID().toString()));
        Map<String, Counts> checkout = since(before, profile.counts(), "CheckoutService.");
        assertThat(result.order().status()).as("the bank answers by webhook").isEqualTo(CustomerOrderStatus.PENDING_PAYMENT);

        WebhookRequest webhook = webhooks.poll(20, TimeUnit.SECONDS);
        assertThat(webhook).as("the sandbox bank's webhook").isNotNull();
        before = profile.counts();
        atEngineEdge(shop.engine.payments()::handleWebhook, SandboxCardProvider.ID, webhook);
        Map<String, Counts> settlement = since(before, profile.counts(), "PaymentService.handleWebhook");
        return new Purchase(cart, checkout, settlement, shop.engine.orders().customerOrder(result.order().id()).orElseThrow());
    }

    private static <T, R> R atEngineEdge(Function<T, R> call, T argument) {
        return CompletableFuture.completedFuture(argument).thenApplyAsync(call, ENGINE_EDGE).join();
    }

    private static <A, B, R> R askAtEngineEdge(BiFunction<A, B, R> call, A first, B second) {
        return CompletableFuture.completedFuture(first).thenCombineAsync(CompletableFuture.completedFuture(second), call, ENGINE_EDGE).join();
    }

    private static <A, B> void atEngineEdge(BiConsumer<A, B> call, A first, B second) {
        CompletableFuture.completedFuture(first).thenAcceptBothAsync(CompletableFuture.completedFuture(second), call, ENGINE_EDGE).join();
    }

    /** What each kind naming {@code edge} cost between two snapshots. */
    private static Map<String, Counts> since(Map<String, Counts> before, Map<String, Counts> after, String edge) {
        Map<String, Counts> spent = new TreeMap<>();
        after.forEach((kind, counts) -> {
            Counts earlier = before.getOrDefault(kind, new Counts(0, 0));
            Counts difference = new Counts(counts.transactions() - earlier.transactions(), counts.statements() - earlier.statements());
            if (kind.contains(edge) && (difference.transactions() != 0 || difference.statements() != 0)) {
                spent.put(kind, difference);
            }
        });
        return spent;
    }

    /**
     * The engine's own work: the sum of the kinds, less what the payment provider did when called
     * ({@code OrderSettlement.call}: the sandbox bank books the authorisation in its own table, as a real processor does on
     * its side).
     */
    private static Counts total(Map<String, Counts> kinds) {
        return kinds.entrySet().stream().filter(entry -> !entry.getKey().contains(">OrderSettlement.call")).map(Map.Entry::getValue)
                .reduce(new Counts(0, 0), (a, b) -> new Counts(a.transactions() + b.transactions(), a.statements() + b.statements()));
    }
}
