package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.core.event.EventRow;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.ARQUES;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

final class MerchantCacheTest {

    @EachDatabase
    void aShopChangedOnOneNodeIsReadFreshOnThatNodeAtOnceAndOnAnotherOnceItFollowedTheChanges(TestDatabase db) throws Exception {
        try (Engine first = Fixtures.engine(db, new RecordingSearchIndex());
             Engine second = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).build()) {
            second.awaitSearchReady(Duration.ofSeconds(30));
            Fixtures fixtures = Fixtures.on(first);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            // both nodes have read (and kept) the shop as it is
            assertThat(first.merchants().require(shop.id()).status()).isEqualTo(MerchantStatus.LIVE);
            assertThat(second.merchants().require(shop.id()).status()).isEqualTo(MerchantStatus.LIVE);
            assertThat(second.merchants().fulfilment(shop.id())).isEqualTo(FulfilmentOptions.CLICK_AND_COLLECT_ONLY);

            first.merchants().changeStatus(shop.id(), MerchantStatus.SUSPENDED, ADMIN);
            FulfilmentOptions delivering = new FulfilmentOptions(true, Optional.of(new LocalDelivery(Money.euros(400), Set.of(ARQUES),
                    Optional.empty())));
            first.merchants().updateFulfilment(shop.id(), delivering, ADMIN);

            assertThat(first.merchants().require(shop.id()).status()).as("the node that wrote").isEqualTo(MerchantStatus.SUSPENDED);
            assertThat(first.merchants().fulfilment(shop.id())).isEqualTo(delivering);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(second.merchants().require(shop.id()).status()).as("the other node, after its poll").isEqualTo(MerchantStatus.SUSPENDED));
            assertThat(second.merchants().fulfilment(shop.id())).isEqualTo(delivering);
            assertThat(second.merchants().merchantBySlug(shop.slug()).orElseThrow().status()).isEqualTo(MerchantStatus.SUSPENDED);
        }
    }

    @Test
    void aReadThatOverlapsAChangeDoesNotKeepWhatItRead() {
        MerchantCache cache = new MerchantCache();
        Merchant stale = Fixtures.merchantValue(7, "epicerie-fine", MerchantStatus.LIVE);
        Merchant fresh = Fixtures.merchantValue(7, "epicerie-fine", MerchantStatus.SUSPENDED);
        // the change commits (and is forgotten) while the read that saw the old row is still under way
        Supplier<Optional<Merchant>> slowRead = () -> {
            cache.forget(7);
            return Optional.of(stale);
        };
        assertThat(cache.merchant(7, slowRead)).contains(stale);
        AtomicInteger reads = new AtomicInteger();
        assertThat(cache.merchant(7, () -> {
            reads.incrementAndGet();
            return Optional.of(fresh);
        })).as("read again, not served from the cache").contains(fresh);
        assertThat(cache.merchant(7, () -> {
            reads.incrementAndGet();
            return Optional.of(stale);
        })).as("now kept").contains(fresh);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aMerchantEventOfTheChangeFeedForgetsThatShopOnly() {
        MerchantCache cache = new MerchantCache();
        cache.merchant(7, () -> Optional.of(Fixtures.merchantValue(7, "a", MerchantStatus.LIVE)));
        cache.merchant(8, () -> Optional.of(Fixtures.merchantValue(8, "b", MerchantStatus.LIVE)));
        cache.changed(List.of(new EventRow(1, "merchant.status_changed", "merchant", "7", "{}", "system:test", Instant.EPOCH),
                new EventRow(2, "product.updated", "product", "8", "{}", "system:test", Instant.EPOCH)));
        AtomicInteger reads = new AtomicInteger();
        Supplier<Optional<Merchant>> counting = () -> {
            reads.incrementAndGet();
            return Optional.of(Fixtures.merchantValue(99, "z", MerchantStatus.LIVE));
        };
        cache.merchant(7, counting);
        cache.merchant(8, counting);
        assertThat(reads).as("7 read again, 8 still kept").hasValue(1);
    }
}
