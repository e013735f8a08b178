package io.comptoir.vouchers.sale;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SaleStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class BudgetTest {

    @EachDatabase
    void whenTheBudgetCannotPayTheNextTopUpBoostedSalesAreRefusedAndOrdinaryVouchersStillSell(TestDatabase db) {
        try (Market market = new Market(db, io.comptoir.vouchers.ledger.LedgerProbe.NONE, Money.euros(500), Map.of())) {
            market.sellBooster(2);

            assertThatThrownBy(() -> market.sellBooster(1)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("boosted vouchers are sold out").extracting("code").isEqualTo("budget_exhausted");
            assertThatThrownBy(() -> market.sellBooster(2)).isInstanceOf(ConflictException.class);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(400));
            assertThat(market.sellGift(5000, Optional.empty()).status()).isEqualTo(SaleStatus.COMPLETED);

            market.programmes().grantBudget(market.booster.id(), Money.euros(100), "top-up-2026-11", Market.ADMIN_ACTOR);
            market.programmes().grantBudget(market.booster.id(), Money.euros(100), "top-up-2026-11", Market.ADMIN_ACTOR);
            assertThat(market.sellBooster(1).status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(market.programmes().budget(market.booster.id()).remaining()).isEqualTo(Money.euros(0));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    /**
     * The budget is striped over slices that each hold a share too small for one top-up (21 € over 16 slices is 1,31 € a
     * slice): every sale takes the slow path that gathers the top-up from several slices, and still exactly ten sell.
     */
    @EachDatabase
    void aBudgetSpreadTooThinOverItsSlicesStillSellsEveryTopUpItCanCover(TestDatabase db) throws Exception {
        try (Market market = new Market(db, io.comptoir.vouchers.ledger.LedgerProbe.NONE, Money.euros(2100), Map.of())) {
            long denomination = market.booster.denominations().get(0).id();
            AtomicLong sold = new AtomicLong();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<Integer>> sellers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Account operator = i % 2 == 0 ? market.tobacconistOperator : market.newsagentOperator;
                long point = i % 2 == 0 ? market.tobacconist.id() : market.newsagent.id();
                sellers.add(pool.submit(() -> {
                    start.await();
                    try {
                        market.desk().sell(new SaleRequest(point, operator, market.booster.id(), denomination, 1, Optional.empty(),
                                Optional.empty(), UUID.randomUUID().toString()));
                        sold.incrementAndGet();
                        return 1;
                    }
                    catch (ConflictException e) {
                        return 0;
                    }
                }));
            }
            start.countDown();
            pool.shutdown();
            for (Future<Integer> seller : sellers) {
                seller.get();
            }

            assertThat(sold.get()).isEqualTo(10);
            assertThat(market.programmes().budget(market.booster.id()).remaining()).isEqualTo(Money.euros(100));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    /**
     * The test: the seed budget (100 000 €, 2 € a voucher) at 60 points of sale selling at once until refused. The
     * guarded update on the programme's committed subsidy lets exactly 50 000 through, whatever the interleaving.
     */
    @EachDatabase
    void sixtyPointsOfSaleSellingAtOnceSellExactlyFiftyThousandBoostedVouchers(TestDatabase db) throws Exception {
        try (Market market = new Market(db)) {
            List<PointOfSale> points = new ArrayList<>();
            List<Account> operators = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                PointOfSale point = market.pointsOfSale().create(new PointOfSaleDraft("Tabac n° " + i,
                        new io.comptoir.engine.api.merchant.Address(i + " rue de Dunkerque", "62500", Market.SAINT_OMER), "", true), Market.ADMIN_ACTOR);
                points.add(point);
                operators.add(market.pointsOfSale().addOperator(point.id(), market.account("Operateur " + i).id(), Market.ADMIN_ACTOR));
            }
            long denomination = market.booster.denominations().get(0).id();
            AtomicLong sold = new AtomicLong();
            Map<String, Integer> refusals = new ConcurrentHashMap<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(60);
            List<Future<Integer>> perPoint = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < 60; i++) {
                PointOfSale point = points.get(i);
                Account operator = operators.get(i);
                perPoint.add(pool.submit(() -> {
                    start.await();
                    int count = 0;
                    while (true) {
                        try {
                            market.desk().sell(new SaleRequest(point.id(), operator, market.booster.id(), denomination, 1, Optional.empty(),
                                    Optional.empty(), UUID.randomUUID().toString()));
                            count++;
                            sold.incrementAndGet();
                        }
                        catch (ConflictException e) {
                            refusals.merge(e.code(), 1, Integer::sum);
                            return count;
                        }
                    }
                }));
            }
            start.countDown();
            pool.shutdown();
            int total = 0;
            for (Future<Integer> point : perPoint) {
                total += point.get();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("[budget] %s: 50 000 boosted sales by 60 points of sale in %d s (%.0f sales/s)%n", db.kind(),
                    elapsed.toSeconds(), 50_000 / (elapsed.toMillis() / 1000.0));

            assertThat(total).isEqualTo(50_000);
            assertThat(sold.get()).isEqualTo(50_000);
            assertThat(refusals).containsOnlyKeys("budget_exhausted").containsEntry("budget_exhausted", 60);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(100_000_00));
            assertThat(market.programmes().budget(market.booster.id()).remaining()).isEqualTo(Money.euros(0));
            assertThat(market.audit().problems()).isEmpty();
        }
    }
}
