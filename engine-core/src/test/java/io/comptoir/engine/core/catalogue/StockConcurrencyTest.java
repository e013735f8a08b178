package io.comptoir.engine.core.catalogue;

import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;

final class StockConcurrencyTest {

    @EachDatabase
    void concurrentWithdrawalsNeverTakeMoreThanTheStock(TestDatabase db) throws Exception {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Variant variant = fixtures.product(fixtures.liveMerchant("Chaussures Martin", SAINT_OMER), "Bottes", 9000, 25).variants().get(0);
            int threads = 16;
            int attemptsPerThread = 10;
            AtomicInteger taken = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < attemptsPerThread; i++) {
                        try {
                            engine.catalogue().adjustStock(variant.id(), -1, ADMIN);
                            taken.incrementAndGet();
                        }
                        catch (ConflictException e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(taken.get()).isEqualTo(25);
            assertThat(refused.get()).isEqualTo(threads * attemptsPerThread - 25);
            assertThat(engine.catalogue().variant(variant.id()).orElseThrow().stock()).isZero();
        }
    }
}
