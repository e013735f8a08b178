package io.comptoir.engine.core.catalogue;

import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;

final class ProductCacheTest {

    @EachDatabase
    void aProductShoppersSeeFollowsItsChangesOnTheNodeThatMadeThemAtOnceAndOnAnotherAfterItsPoll(TestDatabase db) throws Exception {
        try (Engine first = Fixtures.engine(db, new RecordingSearchIndex());
             Engine second = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).build()) {
            second.awaitSearchReady(Duration.ofSeconds(30));
            Fixtures fixtures = Fixtures.on(first);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Product boots = fixtures.product(shop, "Bottines", 8900, 2);
            // both nodes have read (and kept) the product as it is
            assertThat(first.catalogue().visibleProduct(boots.id()).orElseThrow().name()).isEqualTo("Bottines");
            assertThat(second.catalogue().visibleProduct(boots.id()).orElseThrow().name()).isEqualTo("Bottines");

            ProductDraft current = ProductDraft.of(boots);
            ProductDraft renamed = new ProductDraft("Bottines fourrées", current.description(), current.categoryId(), current.images(),
                    current.variants());
            first.catalogue().updateProduct(boots.id(), renamed, ADMIN);
            first.catalogue().setStock(boots.variants().get(0).id(), 7, ADMIN);
            Product seenFirst = first.catalogue().visibleProduct(boots.id()).orElseThrow();
            assertThat(seenFirst.name()).as("the node that wrote").isEqualTo("Bottines fourrées");
            assertThat(seenFirst.variants().get(0).stock()).isEqualTo(7);
            seen(() -> second.catalogue().visibleProduct(boots.id()).orElseThrow().variants().get(0).stock() == 7);
            assertThat(second.catalogue().visibleProduct(boots.id()).orElseThrow().name()).isEqualTo("Bottines fourrées");

            first.merchants().changeStatus(shop.id(), MerchantStatus.SUSPENDED, ADMIN);
            assertThat(first.catalogue().visibleProduct(boots.id())).as("a suspended shop's product").isEmpty();
            seen(() -> second.catalogue().visibleProduct(boots.id()).isEmpty());

            first.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, ADMIN);
            first.catalogue().setHidden(boots.id(), true, ADMIN);
            assertThat(first.catalogue().visibleProduct(boots.id())).as("hidden").isEmpty();
            seen(() -> second.catalogue().visibleProduct(boots.id()).isEmpty());
        }
    }

    private static void seen(BooleanSupplier condition) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(condition.getAsBoolean()).as("seen by the other node within 20 s").isTrue());
    }
}
