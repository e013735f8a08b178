package io.comptoir.engine.core.search;

import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.core.persistence.SqlProfile;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Jdbis;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.ARQUES;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

final class SearchIndexFollowingTest {

    @EachDatabase
    void theIndexFollowsCatalogueWritesAsSoonAsTheyReturn(TestDatabase db) {
        RecordingSearchIndex index = new RecordingSearchIndex();
        try (Engine engine = Fixtures.engine(db, index)) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Product boots = fixtures.product(shop, "Bottines en cuir", 8900, 0);

            SearchDocument document = index.documents().get(boots.id().value());
            assertThat(document.name()).isEqualTo("Bottines en cuir");
            assertThat(document.merchantName()).isEqualTo("Chaussures Martin");
            assertThat(document.communeName()).isEqualTo("Saint-Omer");
            assertThat(document.categoryName()).isEqualTo("Chaussures");
            assertThat(document.categoryPath()).containsExactly(fixtures.fashion.id(), fixtures.shoes.id());
            assertThat(document.minPrice()).isEqualTo(Money.euros(8900));
            assertThat(document.maxPrice()).isEqualTo(Money.euros(9400));
            assertThat(document.inStock()).isFalse();
            assertThat(document.keywords()).contains("Chausseur", "41", "42");

            engine.catalogue().setStock(boots.variants().get(0).id(), 3, ADMIN);
            assertThat(index.documents().get(boots.id().value()).inStock()).isTrue();

            engine.catalogue().setHidden(boots.id(), true, ADMIN);
            assertThat(index.documents()).doesNotContainKey(boots.id().value());
            engine.catalogue().setHidden(boots.id(), false, ADMIN);
            assertThat(index.documents()).containsKey(boots.id().value());
        }
    }

    @EachDatabase
    void productsEnterTheIndexWhenTheirShopGoesLiveAndLeaveWhenItIsSuspended(TestDatabase db) {
        RecordingSearchIndex index = new RecordingSearchIndex();
        try (Engine engine = Fixtures.engine(db, index)) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = engine.merchants().importMerchant(Fixtures.profile("Atelier Dupont", ARQUES, fixtures.shoes.id()),
                    MerchantStatus.ONBOARDING, false, ADMIN);
            Product clogs = fixtures.product(shop, "Sabots", 3000, 5);
            assertThat(index.documents()).isEmpty();

            engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, ADMIN);
            assertThat(index.documents()).containsOnlyKeys(clogs.id().value());

            engine.merchants().updateProfile(shop.id(), io.comptoir.engine.api.merchant.MerchantProfile.of(
                    engine.merchants().require(shop.id())).withName("Atelier Dupont & fils"), ADMIN);
            assertThat(index.documents().get(clogs.id().value()).merchantName()).isEqualTo("Atelier Dupont & fils");

            engine.merchants().changeStatus(shop.id(), MerchantStatus.SUSPENDED, ADMIN);
            assertThat(index.documents()).isEmpty();
        }
    }

    @EachDatabase
    void theIndexIsRebuiltFromTheDatabaseAtStartUp(TestDatabase db) {
        Product boots;
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            boots = fixtures.product(fixtures.liveMerchant("Chaussures Martin", SAINT_OMER), "Bottines", 8900, 2);
        }
        RecordingSearchIndex fresh = new RecordingSearchIndex();
        try (Engine restarted = Fixtures.engine(db, fresh)) {
            assertThat(restarted.search().isReady()).isTrue();
            assertThat(fresh.documents()).containsOnlyKeys(boots.id().value());
        }
    }

    @EachDatabase
    void aChangeMadeOnOneNodeReachesTheIndexOfAnother(TestDatabase db) throws Exception {
        RecordingSearchIndex firstIndex = new RecordingSearchIndex();
        RecordingSearchIndex secondIndex = new RecordingSearchIndex();
        try (Engine first = Fixtures.engine(db, firstIndex);
             Engine second = Engine.builder().dataSource(db.dataSource()).searchIndex(secondIndex).build()) {
            second.awaitSearchReady(Duration.ofSeconds(30));
            Fixtures fixtures = Fixtures.on(first);
            Product boots = fixtures.product(fixtures.liveMerchant("Chaussures Martin", SAINT_OMER), "Bottines", 8900, 2);
            assertThat(firstIndex.documents()).containsKey(boots.id().value());

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(secondIndex.documents()).as("polled by the second node").containsKey(boots.id().value()));
        }
    }

    @Test
    void onPostgresqlAnotherNodesCommitWakesTheFollowerWithoutWaitingForItsPoll() {
        try (TestDatabase db = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            RecordingSearchIndex firstIndex = new RecordingSearchIndex();
            RecordingSearchIndex secondIndex = new RecordingSearchIndex();
            // the second node reads the feed once a minute: only the first node's notification can bring it the product
            try (Engine first = Fixtures.engine(db, firstIndex);
                 Engine second = Engine.builder().dataSource(db.dataSource()).searchIndex(secondIndex)
                         .property("search.poll-interval", "PT1M").build()) {
                second.awaitSearchReady(Duration.ofSeconds(30));
                Fixtures fixtures = Fixtures.on(first);
                Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
                for (int i = 0; i < 3; i++) {
                    Product boots = fixtures.product(shop, "Bottines " + i, 8900, 2);
                    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                            assertThat(secondIndex.documents()).as("woken by the first node's notification").containsKey(boots.id().value()));
                }
            }
        }
    }

    @EachDatabase
    void aSearchPollIntervalOutOfBoundsIsRefusedAtStart(TestDatabase db) {
        assertThatThrownBy(() -> Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                .property("search.poll-interval", "PT2M").build())
                .hasMessageContaining("search.poll-interval");
    }

    @EachDatabase
    void aBulkLoadUpdatesTheIndexOnceAtTheEnd(TestDatabase db) {
        RecordingSearchIndex index = new RecordingSearchIndex();
        try (Engine engine = Fixtures.engine(db, index)) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            java.util.List<Product> loaded = new java.util.ArrayList<>();
            engine.bulkLoad(() -> {
                for (int i = 0; i < 30; i++) {
                    loaded.add(fixtures.product(shop, "Modèle " + i, 5000 + i, 3));
                }
                assertThat(index.documents()).as("not yet: the load is under way").isEmpty();
            });
            assertThat(index.documents().keySet()).containsExactlyInAnyOrderElementsOf(loaded.stream().map(p -> p.id().value()).toList());
            Product after = fixtures.product(shop, "Après", 100, 1);
            assertThat(index.documents()).as("following writes again").containsKey(after.id().value());
        }
    }

    /**
     * Commits that only wake the follower (orders, payments, other nodes' notifications) arrive by hundreds a second
     * under load: its thread reads the feed at most twenty times a second however many wake it, not once per wake.
     */
    @EachDatabase
    void aStreamOfWakesCostsAtMostTwentyReadsOfTheFeedASecond(TestDatabase db) throws Exception {
        Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false).build().close();   // the schema
        SqlProfile profile = SqlProfile.inMemory();
        Jdbi jdbi = Jdbis.create(profile.profile(db.dataSource()));
        try (SearchIndexFollower follower = new SearchIndexFollower(jdbi, new RecordingSearchIndex(), new SearchDocumentSource(jdbi),
                List.of(), Duration.ofMinutes(1))) {
            follower.start();
            assertThat(follower.awaitReady(Duration.ofSeconds(20))).isTrue();
            long before = feedReads(profile);
            long started = System.nanoTime();
            int wakes = 0;
            while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1)) {
                follower.wake();
                wakes++;
                Thread.sleep(1);
            }
            long reads = feedReads(profile) - before;

            assertThat(wakes).isGreaterThan(300);
            assertThat(reads).as("reads of the feed in a second of %d wakes", wakes).isBetween(2L, 22L);
        }
    }

    private static long feedReads(SqlProfile profile) {
        return profile.counts().entrySet().stream().filter(entry -> entry.getKey().contains("SearchIndexFollower.nextEvents"))
                .mapToLong(entry -> entry.getValue().statements()).sum();
    }
}
