package io.comptoir.engine.core.cart;

import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartLine;
import io.comptoir.engine.api.cart.CartNotice;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.ARQUES;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class CartTest {
    private static final CartOwner GUEST = CartOwner.guest("guest-token-0123456789abcdef");

    @EachDatabase
    void aCartHoldsLinesOfSeveralShopsGroupedByShop(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shoes = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Merchant other = fixtures.liveMerchant("Chaussures Dubois", ARQUES);
            Product boots = fixtures.product(shoes, "Bottines", 8900, 5);
            Product clogs = fixtures.product(other, "Sabots", 3000, 5);

            engine.carts().add(GUEST, boots.variants().get(0).id(), 1);
            engine.carts().add(GUEST, clogs.variants().get(1).id(), 2);
            Cart cart = engine.carts().add(GUEST, boots.variants().get(0).id(), 1);

            assertThat(cart.lines()).extracting(CartLine::productName, CartLine::variantLabel, CartLine::quantity).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Bottines", "Pointure: 41", 2),
                    org.assertj.core.groups.Tuple.tuple("Sabots", "Pointure: 42", 2));
            assertThat(cart.total()).isEqualTo(Money.euros(2 * 8900 + 2 * 3500));
            assertThat(cart.linesByMerchant()).containsOnlyKeys(shoes.id(), other.id());
            assertThat(cart.notices()).isEmpty();
            assertThat(engine.carts().setQuantity(GUEST, clogs.variants().get(1).id(), 0).lines()).hasSize(1);
        }
    }

    @EachDatabase
    void readingTheCartReportsPriceChangesStockDropsAndWithdrawalsOnce(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Product boots = fixtures.product(shop, "Bottines", 8900, 5);
            Product clogs = fixtures.product(shop, "Sabots", 3000, 5);
            Product sandals = fixtures.product(shop, "Sandales", 4000, 5);
            engine.carts().add(GUEST, boots.variants().get(0).id(), 4);
            engine.carts().add(GUEST, clogs.variants().get(0).id(), 1);
            engine.carts().add(GUEST, sandals.variants().get(0).id(), 1);

            engine.catalogue().setStock(boots.variants().get(0).id(), 2, ADMIN);
            engine.catalogue().updateProduct(clogs.id(), new ProductDraft("Sabots", "", fixtures.shoes.id(), List.of(), List.of(
                    new VariantDraft(clogs.variants().get(0).sku(), clogs.variants().get(0).options(), Money.euros(2500), 5),
                    new VariantDraft(clogs.variants().get(1).sku(), clogs.variants().get(1).options(), Money.euros(3500), 5))), ADMIN);
            engine.catalogue().setHidden(sandals.id(), true, ADMIN);

            Cart cart = engine.carts().cart(GUEST);
            assertThat(cart.notices()).extracting(CartNotice::kind).containsExactlyInAnyOrder(
                    CartNotice.Kind.QUANTITY_REDUCED, CartNotice.Kind.PRICE_CHANGED, CartNotice.Kind.NO_LONGER_AVAILABLE);
            assertThat(cart.lines()).extracting(CartLine::productName, CartLine::quantity, CartLine::unitPrice).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Bottines", 2, Money.euros(8900)),
                    org.assertj.core.groups.Tuple.tuple("Sabots", 1, Money.euros(2500)));
            assertThat(engine.carts().cart(GUEST).notices()).as("said once").isEmpty();
        }
    }

    @EachDatabase
    void aShopperCannotAddMoreThanTheStockNorWhatIsNotForSale(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Merchant training = engine.merchants().importMerchant(Fixtures.profile("Atelier", SAINT_OMER), MerchantStatus.ONBOARDING, false, ADMIN);
            VariantId boots = fixtures.product(shop, "Bottines", 8900, 3).variants().get(0).id();
            VariantId notYet = fixtures.product(training, "Espadrilles", 2500, 3).variants().get(0).id();

            assertThatThrownBy(() -> engine.carts().add(GUEST, boots, 4))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_stock"));
            assertThatThrownBy(() -> engine.carts().add(GUEST, boots, 0)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> engine.carts().add(GUEST, boots, 100)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> engine.carts().add(GUEST, notYet, 1)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> engine.carts().add(GUEST, new VariantId(987654), 1)).isInstanceOf(NotFoundException.class);
            assertThat(engine.carts().cart(GUEST).isEmpty()).isTrue();
        }
    }

    @EachDatabase
    void signingInMergesTheGuestCartWithQuantitiesCappedByTheStock(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            VariantId boots = fixtures.product(shop, "Bottines", 8900, 3).variants().get(0).id();
            VariantId clogs = fixtures.product(shop, "Sabots", 3000, 9).variants().get(0).id();
            var shopper = engine.accounts().register("camille@example.org", "correct horse battery", "Camille");
            CartOwner mine = CartOwner.shopper(shopper.id());
            engine.carts().add(mine, boots, 2);
            engine.carts().add(GUEST, boots, 2);
            engine.carts().add(GUEST, clogs, 1);

            Cart merged = engine.carts().merge((CartOwner.Guest) GUEST, shopper.id());

            assertThat(merged.lines()).extracting(CartLine::variantId, CartLine::quantity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(boots, 3), org.assertj.core.groups.Tuple.tuple(clogs, 1));
            assertThat(engine.carts().cart(GUEST).isEmpty()).isTrue();
        }
    }

    @EachDatabase
    void addingToALineKeepsReportingAChangeOfPriceAndRefusesMoreThanTheLimitOrTheStock(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Product clogs = fixtures.product(shop, "Sabots", 3000, 200);
            VariantId clog = clogs.variants().get(0).id();
            engine.carts().add(GUEST, clog, 60);
            engine.catalogue().updateProduct(clogs.id(), new ProductDraft("Sabots", "", fixtures.shoes.id(), List.of(), List.of(
                    new VariantDraft(clogs.variants().get(0).sku(), clogs.variants().get(0).options(), Money.euros(2500), 200),
                    new VariantDraft(clogs.variants().get(1).sku(), clogs.variants().get(1).options(), Money.euros(3500), 200))), ADMIN);

            Cart cart = engine.carts().add(GUEST, clog, 1);

            assertThat(cart.notices()).extracting(CartNotice::kind).containsExactly(CartNotice.Kind.PRICE_CHANGED);
            assertThat(cart.lines()).extracting(CartLine::quantity, CartLine::unitPrice)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(61, Money.euros(2500)));
            assertThatThrownBy(() -> engine.carts().add(GUEST, clog, 39)).as("61 + 39 > 99")
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("quantity"));
            engine.catalogue().setStock(clog, 70, ADMIN);
            assertThatThrownBy(() -> engine.carts().add(GUEST, clog, 10))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_stock"));
            assertThat(engine.carts().cart(GUEST).lines()).extracting(CartLine::quantity).as("nothing changed").containsExactly(61);
        }
    }

    /** Two tabs of one shopper, many times over: each unit added is counted once, none beyond the stock. */
    @EachDatabase
    void concurrentAddsToOneCartCountEveryUnitOnceAndNeverPassTheStock(TestDatabase db) throws Exception {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            VariantId scarce = fixtures.product(shop, "Bottines", 8900, 30).variants().get(0).id();
            VariantId plenty = fixtures.product(shop, "Sabots", 3000, 1000).variants().get(0).id();
            engine.carts().add(GUEST, plenty, 1);
            int threads = 8;
            int rounds = 10;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        engine.carts().add(GUEST, plenty, 1);
                        try {
                            engine.carts().add(GUEST, scarce, 1);
                        }
                        catch (ConflictException e) {
                            assertThat(e.code()).isEqualTo("insufficient_stock");
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> future : done) {
                future.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            pool.shutdown();

            Cart cart = engine.carts().cart(GUEST);
            assertThat(cart.lines()).extracting(CartLine::variantId, CartLine::quantity).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(plenty, 1 + threads * rounds), org.assertj.core.groups.Tuple.tuple(scarce, 30));
            assertThat(refused.get()).isEqualTo(threads * rounds - 30);
            assertThat(cart.notices()).isEmpty();
        }
    }
}
