package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.Voucher;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

final class ConcurrentRedemptionTest {

    /**
     * The race (Saleor, Spree, Medusa and pretix each had it): 200 redemptions of 1 € at once against one 12 €
     * voucher, half at shop counters and half through the real checkout with the voucher tender. Exactly 12 succeed.
     */
    @EachDatabase
    void twoHundredConcurrentOneEuroRedemptionsOfATwelveEuroVoucherMakeExactlyTwelve(TestDatabase db) throws Exception {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            List<Product> products = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                products.add(market.product(market.grocer, "Bonbon " + i, 100, 50));
            }
            List<Account> shoppers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Account shopper = market.account("Shopper " + i);
                OnlineRedemptionTest.basket(market, shopper, products.get(i % 10));
                shoppers.add(shopper);
            }
            ConcurrentLinkedQueue<CustomerOrder> placed = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
            Map<String, Integer> refusals = new ConcurrentHashMap<>();
            List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch onlineUnderWay = new CountDownLatch(1);
            // Six shoppers check out first (they can take six euros at most); the other ninety-four join once the counter
            // has served someone, so that both channels are sure to be racing for the last euros, however fast either is.
            CountDownLatch counterUnderWay = new CountDownLatch(1);
            io.comptoir.plugin.kit.Database database = io.comptoir.plugin.kit.Database.on(market.engine.dataSource());
            ExecutorService pool = Executors.newFixedThreadPool(201);
            // The counter is quicker than the checkout: the shops start once the first online holds are taken, so that both
            // channels are still racing for the rest of the balance.
            pool.submit(() -> {
                start.await();
                try {
                    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5)).until(() -> database.withHandle(handle ->
                            handle.createQuery("SELECT COUNT(*) FROM voucher_hold").mapTo(Integer.class).one()) >= 3);
                }
                catch (ConditionTimeoutException e) {
                    // a slow checkout: the shops start anyway, the race is still on
                }
                finally {
                    onlineUnderWay.countDown();
                }
                return null;
            });
            for (int i = 0; i < 200; i++) {
                int index = i;
                pool.submit(() -> {
                    try {
                        start.await();
                        if (index % 2 == 0) {
                            if (index / 2 >= 6) {
                                counterUnderWay.await(60, TimeUnit.SECONDS);
                            }
                            Account shopper = shoppers.get(index / 2);
                            CustomerOrder order = OnlineRedemptionTest.checkout(market, shopper,
                                    TenderRequest.of("voucher", Map.of("code", voucher.code().value())));
                            if (order.status() == CustomerOrderStatus.PLACED) {
                                placed.add(order);
                            }
                            else {
                                refusals.merge("online:" + order.status(), 1, Integer::sum);
                            }
                        }
                        else {
                            onlineUnderWay.await();
                            try {
                                receipts.add(market.store().redeem(new RedeemRequest(market.shoes.id(), market.shoesStaff, voucher.code().grouped(),
                                        Money.euros(100), UUID.randomUUID().toString(), "")));
                            }
                            finally {
                                counterUnderWay.countDown();
                            }
                        }
                    }
                    catch (ConflictException | InvalidInputException e) {
                        refusals.merge(e.code(), 1, Integer::sum);
                    }
                    catch (Throwable e) {
                        unexpected.add(e);
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

            assertThat(unexpected).isEmpty();
            assertThat(placed.size() + receipts.size()).isEqualTo(12);
            assertThat(placed).as("online redemptions").isNotEmpty();
            assertThat(receipts).as("redemptions at the counter").isNotEmpty();
            assertThat(refusals.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(188);
            assertThat(refusals.keySet()).isSubsetOf("insufficient_balance", "voucher_spent", "payment_declined", "tenders_do_not_cover");
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(0));
            for (CustomerOrder order : placed) {
                for (MerchantOrder part : order.merchantOrders()) {
                    market.engine.orders().act(part.id(), OrderAction.ACCEPT, Optional.empty(), "", Actor.account(market.grocerStaff.id().value()),
                            false);
                }
            }
            long redeemed = market.vouchers().voucher(voucher.id()).map(found -> found.face().minus(found.balance()).minorUnits()).orElseThrow();
            assertThat(redeemed).isEqualTo(1200);
            assertThat(market.audit().problems()).isEmpty();
            System.out.printf("[race] %s: %d online, %d in store, refusals %s%n", db.kind(), placed.size(), receipts.size(), refusals);
        }
    }
}
