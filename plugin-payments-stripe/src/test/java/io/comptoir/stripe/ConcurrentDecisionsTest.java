package io.comptoir.stripe;

import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two shops accepting the same basket at the same instant capture it once (the tender's row lock), and a shop's transfer
 * made from the order event and from the periodic job at once is made once (the part's row lock and Stripe's keys).
 */
final class ConcurrentDecisionsTest {
    private static final int ORDERS = 6;

    @EachDatabase
    void simultaneousAcceptancesCaptureOnceAndSimultaneousTransfersPayOnce(TestDatabase db) throws Exception {
        try (StripeMarket market = new StripeMarket(db)) {
            String bakeryAccount = market.connectAccount(market.bakery);
            String bookshopAccount = market.connectAccount(market.bookshop);
            Product bread = market.product(market.bakery, "Pain", 1000);
            Product book = market.product(market.bookshop, "Livre", 2000);
            List<CustomerOrder> orders = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                market.basket(bread, book);
                CustomerOrder order = market.checkout(StripeMarket.byCard());
                market.pay(order, FakeStripe.PAYING_CARD);
                orders.add(order);
            }
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (CustomerOrder order : orders) {
                    together(threads, () -> market.act(order, market.bakery, OrderAction.ACCEPT),
                            () -> market.act(order, market.bookshop, OrderAction.ACCEPT));
                }
                for (CustomerOrder order : orders) {
                    market.act(order, market.bakery, OrderAction.MARK_READY);
                    market.act(order, market.bookshop, OrderAction.MARK_READY);
                    together(threads, () -> {
                        market.act(order, market.bakery, OrderAction.MARK_COLLECTED);
                        market.act(order, market.bookshop, OrderAction.MARK_COLLECTED);
                    }, () -> {
                        market.clock.advance(Duration.ofMinutes(6));
                        market.runJobs();
                    });
                }
            }
            finally {
                threads.shutdownNow();
            }
            market.deliverEvents();
            market.runJobs();

            for (CustomerOrder order : orders) {
                String intent = (String) market.stripe.object(market.sessionOf(order)).get("payment_intent");
                assertThat(market.stripe.requestLog()).filteredOn(line -> line.equals("POST /v1/payment_intents/" + intent + "/capture"))
                        .hasSize(1);
                assertThat(market.stripe.object(intent)).containsEntry("amount_received", 3000L);
                assertThat(market.transfersOf(order)).extracting(transfer -> transfer.get("amount")).containsExactlyInAnyOrder(950L, 1900L);
            }
            assertThat(market.stripe.accountBalance(bakeryAccount)).isEqualTo(ORDERS * 950L);
            assertThat(market.stripe.accountBalance(bookshopAccount)).isEqualTo(ORDERS * 1900L);
            assertThat(market.stripe.objects("transfer")).hasSize(2 * ORDERS);
            assertThat(market.stripe.objects("transfer")).allSatisfy(transfer -> assertThat(transfer.get("source_transaction")).isNotNull());
            CardPaymentFlowTest.balancesWithStripe(market, market.reports().territory(CardPaymentFlowTest.DAY,
                    CardPaymentFlowTest.DAY.plusDays(1)));
        }
    }

    private static void together(ExecutorService threads, Runnable first, Runnable second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<?> one = threads.submit(() -> {
            start.await();
            first.run();
            return null;
        });
        Future<?> two = threads.submit(() -> {
            start.await();
            second.run();
            return null;
        });
        one.get(60, TimeUnit.SECONDS);
        two.get(60, TimeUnit.SECONDS);
    }
}
