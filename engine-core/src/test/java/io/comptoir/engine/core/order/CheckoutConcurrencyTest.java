package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.order.CheckoutResult;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

final class CheckoutConcurrencyTest {

    private static <T> List<Future<T>> race(int threads, Callable<T> task) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        return futures;
    }

    @EachDatabase
    void fiftyShoppersCheckingOutTheLastUnitMakeExactlyOneOrder(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db)) {
            shop.engine.catalogue().setStock(shop.variant(shop.boots).id(), 1, ADMIN);
            List<Account> shoppers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Account shopper = shop.shopper("Shopper " + i);
                shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.boots).id(), 1);
                shoppers.add(shopper);
            }
            ConcurrentLinkedQueue<Account> queue = new ConcurrentLinkedQueue<>(shoppers);
            ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();

            List<Future<CheckoutResult>> results = race(50, () -> {
                try {
                    return shop.checkout(queue.poll(), List.of(Shop.payAtPickup()));
                }
                catch (ConflictException e) {
                    refusals.add(e.code());
                    return null;
                }
            });

            long placed = 0;
            for (Future<CheckoutResult> result : results) {
                if (result.get() != null) {
                    assertThat(result.get().order().status()).isEqualTo(CustomerOrderStatus.PLACED);
                    placed++;
                }
            }
            assertThat(placed).isEqualTo(1);
            // refused at the stock update, or earlier when the shopper's cart was read after the sale (either, or both)
            assertThat(refusals).hasSize(49).allSatisfy(code -> assertThat(code).isIn("insufficient_stock", "cart_changed"));
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isZero();
            assertThat(shop.engine.orders().countMerchantOrders(shop.shoes.id(), Set.of())).isEqualTo(1);
        }
    }

    @EachDatabase
    void theSameCheckoutSubmittedConcurrentlyMakesOneOrderAndOnePayment(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
            String key = UUID.randomUUID().toString();

            List<Future<CheckoutResult>> results = race(8, () -> {
                try {
                    return shop.checkout(camille, Map.of(), List.of(Shop.card(Shop.CARD)), key);
                }
                catch (ConflictException e) {
                    assertThat(e.code()).isIn("checkout_in_progress");
                    return null;
                }
            });

            Set<Long> orders = new java.util.HashSet<>();
            for (Future<CheckoutResult> result : results) {
                if (result.get() != null) {
                    orders.add(result.get().order().id().value());
                }
            }
            assertThat(orders).hasSize(1);
            var order = shop.awaitSettled(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10).get(0));
            assertThat(shop.engine.orders().customerOrdersOf(camille.id(), 0, 10)).hasSize(1);
            assertThat(order.payments()).hasSize(1);
            assertThat(shop.engine.payments().transactionsOf(order.payments().get(0).id()))
                    .filteredOn(transaction -> transaction.kind().name().equals("AUTHORISE")).hasSize(1);
            assertThat(shop.engine.catalogue().variant(shop.variant(shop.boots).id()).orElseThrow().stock()).isEqualTo(4);
        }
    }
}
