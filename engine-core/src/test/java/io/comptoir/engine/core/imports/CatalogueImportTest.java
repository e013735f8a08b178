package io.comptoir.engine.core.imports;

import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.imports.CatalogueImport;
import io.comptoir.engine.api.imports.ImportMode;
import io.comptoir.engine.api.imports.ImportReport;
import io.comptoir.engine.api.imports.ProductLine;
import io.comptoir.engine.api.imports.ShopLine;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.ARQUES;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shops and products from a territory's files: all lines or none, matched by reference, on both databases. */
final class CatalogueImportTest {

    @EachDatabase
    void importsShopsThenUpdatesThemByReference(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            CatalogueImport imports = engine.catalogueImport();
            List<ShopLine> file = List.of(
                    new ShopLine(2, "S-1", profile("Fromagerie Caron", "73282932000074", SAINT_OMER, fixtures), MerchantStatus.LIVE),
                    new ShopLine(3, "S-2", profile("Fleurs d'Arques", "34659931900024", ARQUES, fixtures), MerchantStatus.ONBOARDING));

            ImportReport preview = imports.importShops(file, ImportMode.DRY_RUN, ADMIN);
            assertThat(preview.stored()).isFalse();
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.created()).isEqualTo(2);
            assertThat(engine.merchants().count(MerchantFilter.all())).as("a dry run stores nothing").isZero();

            ImportReport stored = imports.importShops(file, ImportMode.STORE, ADMIN);
            assertThat(stored.stored()).isTrue();
            MerchantId caron = imports.shopByRef("S-1").orElseThrow();
            assertThat(engine.merchants().merchant(caron)).hasValueSatisfying(shop -> {
                assertThat(shop.name()).isEqualTo("Fromagerie Caron");
                assertThat(shop.status()).isEqualTo(MerchantStatus.LIVE);
            });
            assertThat(engine.merchants().merchant(imports.shopByRef("S-2").orElseThrow()).orElseThrow().status()).isEqualTo(MerchantStatus.ONBOARDING);
            assertThat(imports.refOf(caron)).contains("S-1");

            ImportReport again = imports.importShops(List.of(
                    new ShopLine(2, "S-1", profile("Fromagerie Caron & fils", "73282932000074", SAINT_OMER, fixtures), MerchantStatus.ONBOARDING)),
                    ImportMode.STORE, ADMIN);
            assertThat(again.updated()).isEqualTo(1);
            assertThat(engine.merchants().count(MerchantFilter.all())).as("updated, not duplicated").isEqualTo(2);
            Merchant updated = engine.merchants().merchant(caron).orElseThrow();
            assertThat(updated.name()).isEqualTo("Fromagerie Caron & fils");
            assertThat(updated.status()).as("an existing shop keeps its status").isEqualTo(MerchantStatus.LIVE);
        }
    }

    @EachDatabase
    void aFileWithOneBadLineStoresNothingAndNamesEveryProblem(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            ImportReport report = engine.catalogueImport().importShops(List.of(
                    new ShopLine(2, "S-1", profile("Fromagerie Caron", "73282932000074", SAINT_OMER, fixtures), MerchantStatus.LIVE),
                    new ShopLine(3, "S-2", profile("Mauvais SIRET", "73282932000075", SAINT_OMER, fixtures), MerchantStatus.LIVE),
                    new ShopLine(4, "S-3", profile("Hors territoire", "34659931900024", "75056", fixtures), MerchantStatus.LIVE),
                    new ShopLine(5, "S-1", profile("Doublon", "34659931900024", SAINT_OMER, fixtures), MerchantStatus.LIVE)),
                    ImportMode.STORE, ADMIN);
            assertThat(report.stored()).isFalse();
            assertThat(report.problems()).extracting(problem -> problem.line() + " " + problem.field())
                    .containsExactly("3 legalId", "4 communeInsee", "5 ref");
            assertThat(engine.merchants().count(MerchantFilter.all())).isZero();
        }
    }

    @EachDatabase
    void importsProductsOfImportedShopsAndUpdatesThemBySku(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            CatalogueImport imports = engine.catalogueImport();
            imports.importShops(List.of(new ShopLine(2, "S-1", profile("Fromagerie Caron", "73282932000074", SAINT_OMER, fixtures),
                    MerchantStatus.LIVE)), ImportMode.STORE, ADMIN);
            MerchantId caron = imports.shopByRef("S-1").orElseThrow();
            List<ProductLine> file = List.of(
                    new ProductLine(2, "S-1", "MIM-1", "Mimolette extra-vieille", "Affinée 18 mois.", fixtures.food.id(), Money.euros(4_90), 12),
                    new ProductLine(3, "S-1", "MAR-1", "Maroilles AOP", "", fixtures.food.id(), Money.euros(8_50), 0));
            assertThat(imports.importProducts(Optional.empty(), file, ImportMode.STORE, ADMIN).created()).isEqualTo(2);
            List<Product> products = engine.catalogue().productsOf(caron, true, 0, 10);
            assertThat(products).extracting(Product::name).containsExactlyInAnyOrder("Mimolette extra-vieille", "Maroilles AOP");

            ImportReport again = imports.importProducts(Optional.of(caron), List.of(
                    new ProductLine(2, "S-1", "MIM-1", "Mimolette extra-vieille", "Affinée 18 mois.", fixtures.food.id(), Money.euros(5_20), 7)),
                    ImportMode.STORE, ADMIN);
            assertThat(again.updated()).isEqualTo(1);
            Product mimolette = engine.catalogue().productsOf(caron, true, 0, 10).stream().filter(p -> p.name().startsWith("Mimolette")).findFirst()
                    .orElseThrow();
            assertThat(mimolette.variants()).singleElement().satisfies(variant -> {
                assertThat(variant.price()).isEqualTo(Money.euros(5_20));
                assertThat(variant.stock()).isEqualTo(7);
            });
            assertThat(engine.catalogue().productsOf(caron, true, 0, 10)).hasSize(2);
        }
    }

    @EachDatabase
    void aBadProductLineStoresNothingAndAShopsStaffImportsOnlyItsOwn(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            CatalogueImport imports = engine.catalogueImport();
            imports.importShops(List.of(
                    new ShopLine(2, "S-1", profile("Fromagerie Caron", "73282932000074", SAINT_OMER, fixtures), MerchantStatus.LIVE),
                    new ShopLine(3, "S-2", profile("Fleurs d'Arques", "34659931900024", ARQUES, fixtures), MerchantStatus.LIVE)),
                    ImportMode.STORE, ADMIN);
            MerchantId caron = imports.shopByRef("S-1").orElseThrow();
            ImportReport report = imports.importProducts(Optional.of(caron), List.of(
                    new ProductLine(2, "S-1", "MIM-1", "Mimolette", "", fixtures.food.id(), Money.euros(4_90), 12),
                    new ProductLine(3, "S-1", "NEG-1", "Prix négatif", "", fixtures.food.id(), Money.euros(-1_00), 1),
                    new ProductLine(4, "S-9", "X-1", "Boutique inconnue", "", fixtures.food.id(), Money.euros(1_00), 1),
                    new ProductLine(5, "S-2", "ROSE", "Rose", "", fixtures.food.id(), Money.euros(3_00), 1),
                    new ProductLine(6, "S-1", "MIM-1", "Doublon", "", fixtures.food.id(), Money.euros(4_90), 1),
                    new ProductLine(7, "S-1", "STK", "Stock négatif", "", fixtures.food.id(), Money.euros(4_90), -2),
                    new ProductLine(8, "S-1", "réf accentuée", "Référence", "", fixtures.food.id(), Money.euros(4_90), 2)),
                    ImportMode.STORE, ADMIN);
            assertThat(report.stored()).isFalse();
            assertThat(report.problems()).extracting(problem -> problem.line() + " " + problem.field())
                    .containsExactly("3 price", "4 shopRef", "5 shopRef", "6 ref", "7 stock", "8 ref");
            assertThat(engine.catalogue().productsOf(caron, true, 0, 10)).isEmpty();
        }
    }

    /** Threads importing the same new shops at once: each reference ends as one shop; a loser is told to import again. */
    @EachDatabase
    void concurrentImportsOfTheSameFileNeverDuplicateAShop(TestDatabase db) throws Exception {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            List<ShopLine> file = List.of(
                    new ShopLine(2, "S-1", profile("Fromagerie Caron", "73282932000074", SAINT_OMER, fixtures), MerchantStatus.LIVE),
                    new ShopLine(3, "S-2", profile("Fleurs d'Arques", "34659931900024", ARQUES, fixtures), MerchantStatus.LIVE));
            int threads = db.kind() == DatabaseKind.POSTGRESQL ? 8 : 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < threads; i++) {
                    Callable<String> task = () -> {
                        start.await();
                        try {
                            return engine.catalogueImport().importShops(file, ImportMode.STORE, ADMIN).stored() ? "stored" : "refused";
                        }
                        catch (ConflictException e) {
                            return e.code();
                        }
                    };
                    outcomes.add(pool.submit(task));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).contains("stored").allSatisfy(result -> assertThat(result).isIn("stored", "import_conflict"));
            }
            finally {
                pool.shutdownNow();
            }
            assertThat(engine.merchants().count(MerchantFilter.all())).isEqualTo(2);
        }
    }

    private static MerchantProfile profile(String name, String siret, String commune, Fixtures fixtures) {
        return new MerchantProfile(name, siret, "Commerce", "", new Address("1 place Foch", "62500", commune),
                new Contact("", "", ""), OpeningHours.parse(""), List.of(fixtures.food.id()), Optional.empty());
    }
}
