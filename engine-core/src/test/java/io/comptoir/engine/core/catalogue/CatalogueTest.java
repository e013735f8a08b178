package io.comptoir.engine.core.catalogue;

import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static io.comptoir.engine.core.Fixtures.shoe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class CatalogueTest {

    @EachDatabase
    void categoriesFormATreeWithPathsAndSubtrees(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Category sneakers = engine.catalogue().createCategory(Optional.of(fixtures.shoes.id()), "Baskets", ADMIN);

            assertThat(engine.catalogue().categories()).extracting(Category::name)
                    .containsExactly("Mode et chaussures", "Chaussures", "Baskets", "Épicerie fine");
            assertThat(engine.catalogue().path(sneakers.id())).containsExactly(fixtures.fashion, fixtures.shoes, sneakers);
            assertThat(engine.catalogue().subtree(fixtures.fashion.id()))
                    .containsExactlyInAnyOrder(fixtures.fashion.id(), fixtures.shoes.id(), sneakers.id());
            assertThat(engine.catalogue().categoryBySlug("epicerie-fine")).contains(fixtures.food);
            assertThatThrownBy(() -> engine.catalogue().createCategory(Optional.of(new io.comptoir.engine.api.catalogue.CategoryId(9999)), "X", ADMIN))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @EachDatabase
    void aProductIsStoredWithItsVariantsInOrder(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Product product = fixtures.product(shop, "Chaussures de marche Rando", 7990, 3);

            assertThat(product.slug()).isEqualTo("chaussures-de-marche-rando");
            assertThat(product.variants()).extracting(Variant::label).containsExactly("Pointure: 41", "Pointure: 42");
            assertThat(product.minPrice()).isEqualTo(Money.euros(7990));
            assertThat(product.maxPrice()).isEqualTo(Money.euros(8490));
            assertThat(engine.catalogue().product(product.id())).contains(product);
            assertThat(engine.catalogue().productsOf(shop.id(), false, 0, 10)).containsExactly(product);
        }
    }

    @EachDatabase
    void anImportedProductKeepsItsCreationTime(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Instant created = Instant.parse("2020-10-12T09:30:00Z");
            Product product = engine.catalogue().importProduct(shop.id(), shoe("Derbies", 9900, 2, fixtures.shoes.id()), created, ADMIN);
            assertThat(product.createdAt()).isEqualTo(created);
        }
    }

    @EachDatabase
    void invalidDraftsAreRefusedNamingTheFieldAndNothingIsStored(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            VariantDraft ok = new VariantDraft("SKU-1", List.of(), Money.euros(100), 1);
            List<ProductDraft> bad = List.of(
                    new ProductDraft(" ", "", fixtures.shoes.id(), List.of(), List.of(ok)),
                    new ProductDraft("Sans variante", "", fixtures.shoes.id(), List.of(), List.of()),
                    new ProductDraft("Prix négatif", "", fixtures.shoes.id(), List.of(), List.of(new VariantDraft("A", List.of(), Money.euros(-1), 1))),
                    new ProductDraft("Stock négatif", "", fixtures.shoes.id(), List.of(), List.of(new VariantDraft("A", List.of(), Money.euros(1), -1))),
                    new ProductDraft("Dollars", "", fixtures.shoes.id(), List.of(), List.of(new VariantDraft("A", List.of(), Money.of(100, "USD"), 1))),
                    new ProductDraft("SKU en double", "", fixtures.shoes.id(), List.of(), List.of(ok, new VariantDraft("SKU-1", List.of(), Money.euros(1), 1))),
                    new ProductDraft("Catégorie inconnue", "", new io.comptoir.engine.api.catalogue.CategoryId(9999), List.of(), List.of(ok)));
            for (ProductDraft draft : bad) {
                assertThatThrownBy(() -> engine.catalogue().createProduct(shop.id(), draft, ADMIN))
                        .as(draft.name()).isInstanceOf(InvalidInputException.class);
            }
            assertThat(engine.catalogue().countProductsOf(shop.id(), true)).isZero();
        }
    }

    @EachDatabase
    void anUpdateMatchesVariantsBySkuAndWithdrawsTheOnesLeftOut(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Product product = fixtures.product(shop, "Mocassins", 5000, 4);
            Variant kept = product.variants().get(1);

            Product updated = engine.catalogue().updateProduct(product.id(), new ProductDraft("Mocassins en daim", "Daim.",
                    fixtures.shoes.id(), List.of(), List.of(new VariantDraft(kept.sku(), kept.options(), Money.euros(4500), 9),
                    new VariantDraft("MOC-43", List.of(new io.comptoir.engine.api.catalogue.VariantOption("Pointure", "43")), Money.euros(4500), 1))), ADMIN);

            assertThat(updated.name()).isEqualTo("Mocassins en daim");
            assertThat(updated.variants()).extracting(Variant::sku).containsExactly(kept.sku(), "MOC-43");
            assertThat(updated.variants().get(0).id()).isEqualTo(kept.id());
            assertThat(updated.variants().get(0).stock()).isEqualTo(9);
            assertThat(engine.catalogue().variant(product.variants().get(0).id())).isEmpty();
        }
    }

    @EachDatabase
    void aSkuBelongsToOneProductOfAShop(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            fixtures.product(shop, "Mocassins", 5000, 4);
            assertThatThrownBy(() -> fixtures.product(shop, "Mocassins", 6000, 1))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("sku_taken"));
            Merchant other = fixtures.liveMerchant("Chaussures Dubois", SAINT_OMER);
            assertThat(fixtures.product(other, "Mocassins", 6000, 1).variants()).hasSize(2);
        }
    }

    @EachDatabase
    void shoppersSeeOnlyProductsNotHiddenOfLiveShops(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant live = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Merchant training = engine.merchants().importMerchant(Fixtures.profile("Atelier", SAINT_OMER), MerchantStatus.ONBOARDING, false, ADMIN);
            Product visible = fixtures.product(live, "Bottines", 8000, 2);
            Product hidden = fixtures.product(live, "Sabots", 3000, 2);
            engine.catalogue().setHidden(hidden.id(), true, ADMIN);
            Product notYet = engine.catalogue().createProduct(training.id(), shoe("Espadrilles", 2500, 5, fixtures.shoes.id()), ADMIN);

            assertThat(engine.catalogue().visibleProduct(visible.id())).isPresent();
            assertThat(engine.catalogue().visibleProduct(hidden.id())).isEmpty();
            assertThat(engine.catalogue().visibleProduct(notYet.id())).isEmpty();
            assertThat(engine.catalogue().product(notYet.id())).isPresent();
            assertThat(engine.catalogue().countVisibleProducts()).isEqualTo(1);
            assertThat(engine.catalogue().productsOf(live.id(), false, 0, 10)).containsExactly(visible);
            assertThat(engine.catalogue().countProductsOf(live.id(), true)).isEqualTo(2);
        }
    }

    @EachDatabase
    void stockIsSetAndAdjustedButNeverNegative(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Variant variant = fixtures.product(fixtures.liveMerchant("Chaussures Martin", SAINT_OMER), "Bottes", 9000, 2).variants().get(0);

            assertThat(engine.catalogue().setStock(variant.id(), 5, ADMIN).stock()).isEqualTo(5);
            assertThat(engine.catalogue().adjustStock(variant.id(), -5, ADMIN).stock()).isZero();
            assertThatThrownBy(() -> engine.catalogue().adjustStock(variant.id(), -1, ADMIN))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("insufficient_stock"));
            assertThatThrownBy(() -> engine.catalogue().setStock(variant.id(), -1, ADMIN)).isInstanceOf(InvalidInputException.class);
            assertThat(engine.catalogue().variant(variant.id()).orElseThrow().stock()).isZero();
        }
    }
}
