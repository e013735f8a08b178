package io.comptoir.engine.core.territory;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static io.comptoir.engine.core.territory.TerritorySettingsTest.home;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves of the territory's settings at the same moment: of those based on the same version one wins and every other is
 * refused as stale, with nothing of it written; shops featured from their own pages at once never overflow the list.
 */
final class TerritorySettingsConcurrencyTest {
    private static final int THREADS = 8;

    @EachDatabase
    void ofSavesBasedOnTheSameVersionOneWinsAndTheOthersGetTheConflict(TestDatabase db) throws Exception {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            for (int round = 0; round < 5; round++) {
                int thisRound = round;
                TerritorySettings read = engine.territory().settings();
                List<String> outcomes = race(IntStream.range(0, THREADS).mapToObj(t -> (Callable<String>) () -> {
                    try {
                        engine.territory().saveSettings(read.withHomeTexts("fr", home("Titre " + t + " de la manche " + thisRound, null, null)), Actor.account(t + 1));
                        return "saved " + t;
                    }
                    catch (ConflictException e) {
                        return e.code();
                    }
                }).toList());

                List<String> saved = outcomes.stream().filter(outcome -> outcome.startsWith("saved")).toList();
                assertThat(saved).as("round %d: %s", round, outcomes).hasSize(1);
                assertThat(outcomes).filteredOn("stale_settings"::equals).hasSize(THREADS - 1);
                TerritorySettings now = engine.territory().settings();
                assertThat(now.version()).isEqualTo(read.version() + 1);
                assertThat(now.homeTexts("fr").heroTitle()).contains("Titre " + saved.get(0).substring("saved ".length()) + " de la manche " + round);
                assertThat(engine.territory().settingsHistorySize()).as("one audit row per winning save").isEqualTo(round + 1);
                assertThat(engine.territory().settingsHistory(0, 1).get(0).actor())
                        .isEqualTo(Actor.account(Long.parseLong(saved.get(0).substring("saved ".length())) + 1));
            }
        }
    }

    @EachDatabase
    void shopsFeaturedAtOnceFromTheirPagesFillTheListOnceEachAndNoMore(TestDatabase db) throws Exception {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            int shops = TerritorySettings.MAX_FEATURED_SHOPS + 4;
            List<MerchantId> ids = IntStream.range(0, shops).mapToObj(i -> fixtures.liveMerchant("Boutique " + i, SAINT_OMER).id()).toList();
            List<String> outcomes = race(ids.stream().map(id -> (Callable<String>) () -> {
                try {
                    engine.merchants().setFeatured(id, true, Fixtures.ADMIN);
                    return "featured";
                }
                catch (ConflictException e) {
                    return e.code();
                }
            }).toList());

            assertThat(outcomes).filteredOn("featured"::equals).hasSize(TerritorySettings.MAX_FEATURED_SHOPS);
            assertThat(outcomes).filteredOn("featured_shops_full"::equals).hasSize(4);
            TerritorySettings now = engine.territory().settings();
            assertThat(now.featuredShops()).hasSize(TerritorySettings.MAX_FEATURED_SHOPS).doesNotHaveDuplicates();
            assertThat(now.version()).isEqualTo(TerritorySettings.MAX_FEATURED_SHOPS);
            List<Integer> positions = Jdbi.create(db.dataSource()).withHandle(handle -> handle.createQuery(
                    "SELECT featured_position FROM merchant WHERE featured ORDER BY featured_position").mapTo(Integer.class).list());
            assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, TerritorySettings.MAX_FEATURED_SHOPS).boxed().toList());
            assertThat(engine.territory().settingsHistorySize()).isEqualTo(TerritorySettings.MAX_FEATURED_SHOPS);
            assertThat(Optional.of(engine.territory().settingsHistory(0, 1).get(0).after().orElseThrow().split(",").length))
                    .contains(TerritorySettings.MAX_FEATURED_SHOPS);
        }
    }

    /** Runs the tasks at the same moment, each in its own thread; answers their results in order. */
    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }
}
