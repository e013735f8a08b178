package io.comptoir.app;

import io.comptoir.app.CreateAdminCommandTest.FakeTerminal;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import shops|products FILE.csv [--dry-run]} on an empty database, on the server's settings: the territory's
 * folder applied, then its spreadsheets, all rows or none, every problem named by row and column.
 */
final class ImportCommandTest {
    /** As a French spreadsheet saves it: byte order mark, semicolons, accents, a SIRET with spaces, an onboarding shop. */
    static final String SHOPS = "\uFEFFref;name;siret;address;postal_code;commune_insee;category;email;phone;status\n"
            + "S-001;Fromagerie Caron;732 829 320 00074;12 place Foch;62500;62765;Fromagerie;bonjour@caron.example;03 53 01 99 10;\n"
            + "S-002;Fleurs d’Arques;34659931900024;3 rue Jean Jaurès;62510;62040;Fleurs et plantes;;;onboarding\n";
    /** Commas, a price with a comma (quoted) and one with a dot, categories by name and by slug. */
    static final String PRODUCTS = "shop_ref,ref,name,description,category,price,stock\n"
            + "S-001,MIM-18,Mimolette extra-vieille,\"Affinée 18 mois, croûte brossée.\",Fromagerie,\"4,90\",12\n"
            + "S-001,MAR-AOP,Maroilles AOP,,fromagerie et cremerie,8.5,0\n";

    @EachDatabase
    void anEmptyMarketplaceGetsItsShopsAndProductsSearchableAndASecondImportUpdates(TestDatabase db) throws IOException {
        Path dir = Files.createTempDirectory("comptoir-import-");
        Path shops = write(dir, "boutiques.csv", SHOPS);
        Path products = write(dir, "produits.csv", PRODUCTS);

        FakeTerminal dry = new FakeTerminal();
        assertThat(Commands.run(List.of("import", "shops", shops.toString(), "--dry-run"), env(db), dry)).isZero();
        assertThat(dry.output()).contains("2 shops, 2 new, 0 updated: checked, nothing stored");

        FakeTerminal terminal = new FakeTerminal();
        assertThat(Commands.run(List.of("import", "shops", shops.toString()), env(db), terminal)).as(terminal.errors()).isZero();
        assertThat(terminal.output()).contains("2 shops, 2 new, 0 updated: stored");
        assertThat(Commands.run(List.of("import", "products", products.toString()), env(db), terminal)).as(terminal.errors()).isZero();

        try (Engine engine = Engine.builder().dataSource(db.dataSource()).build()) {
            engine.awaitSearchReady(Duration.ofSeconds(30));
            assertThat(engine.territory().communes()).as("the territory's folder applied").hasSize(89);
            List<Merchant> all = engine.merchants().find(MerchantFilter.all());
            assertThat(all).extracting(Merchant::name, Merchant::status)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Fromagerie Caron", MerchantStatus.LIVE),
                            org.assertj.core.groups.Tuple.tuple("Fleurs d’Arques", MerchantStatus.ONBOARDING));
            Merchant caron = all.stream().filter(shop -> shop.name().equals("Fromagerie Caron")).findFirst().orElseThrow();
            assertThat(caron.legalId()).isEqualTo("73282932000074");
            List<Product> caronProducts = engine.catalogue().productsOf(caron.id(), true, 0, 10);
            assertThat(caronProducts).extracting(product -> product.name() + " " + product.variants().get(0).price().minorUnits())
                    .containsExactlyInAnyOrder("Mimolette extra-vieille 490", "Maroilles AOP 850");
            assertThat(engine.search().search(SearchQuery.text("mimolette")).items()).extracting(SearchDocument::name)
                    .containsExactly("Mimolette extra-vieille");
        }

        Files.writeString(shops, SHOPS.replace("Fromagerie Caron", "Fromagerie Caron & fils"), StandardCharsets.UTF_8);
        Files.writeString(products, PRODUCTS.replace("\"4,90\",12", "\"5,20\",7"), StandardCharsets.UTF_8);
        FakeTerminal again = new FakeTerminal();
        assertThat(Commands.run(List.of("import", "shops", shops.toString()), env(db), again)).isZero();
        assertThat(Commands.run(List.of("import", "products", products.toString()), env(db), again)).isZero();
        assertThat(again.output()).contains("2 shops, 0 new, 2 updated: stored", "2 products, 0 new, 2 updated: stored");
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).build()) {
            assertThat(engine.merchants().count(MerchantFilter.all())).isEqualTo(2);
            Merchant caron = engine.merchants().find(MerchantFilter.all()).stream().filter(shop -> shop.name().startsWith("Fromagerie"))
                    .findFirst().orElseThrow();
            assertThat(caron.name()).isEqualTo("Fromagerie Caron & fils");
            assertThat(engine.catalogue().productsOf(caron.id(), true, 0, 10)).hasSize(2).anySatisfy(product ->
                    assertThat(product.variants().get(0).price()).isEqualTo(Money.euros(5_20)));
        }
    }

    /** On H2 only: the engine's import refuses bad lines on both databases (CatalogueImportTest); this is the file's reading. */
    @Test
    void aFileWithBadRowsStoresNothingAndNamesEachRowAndColumn() throws IOException {
        try (TestDatabase db = TestDatabase.h2()) {
            badFiles(db);
        }
    }

    private static void badFiles(TestDatabase db) throws IOException {
        Path dir = Files.createTempDirectory("comptoir-import-");
        Path shops = write(dir, "boutiques.csv", SHOPS
                + "S-003;Mauvais SIRET;73282932000075;1 rue X;62500;62765;Fromagerie;;;\n"
                + "S-004;Hors territoire;34659931900024;1 rue Y;75001;75056;Fromagerie;;;\n"
                + "S-005;Rayon inconnu;34659931900024;1 rue Z;62500;62765;Quincaillerie spatiale;;;\n");
        FakeTerminal terminal = new FakeTerminal();
        assertThat(Commands.run(List.of("import", "shops", shops.toString()), env(db), terminal)).isEqualTo(1);
        assertThat(terminal.errors()).contains("3 problem(s); nothing was stored", "row 4, column siret:", "row 5, column commune_insee:",
                "row 6, column category: no category “Quincaillerie spatiale”");

        assertThat(Commands.run(List.of("import", "shops", write(dir, "ok.csv", SHOPS).toString()), env(db), new FakeTerminal())).isZero();
        Path products = write(dir, "produits.csv", PRODUCTS
                + "S-001,NEG,Prix négatif,,Fromagerie,\"-1,00\",3\n"
                + "S-001,TXT,Prix en lettres,,Fromagerie,quatre euros,3\n"
                + "S-404,X,Boutique inconnue,,Fromagerie,1,1\n");
        FakeTerminal productTerminal = new FakeTerminal();
        assertThat(Commands.run(List.of("import", "products", products.toString()), env(db), productTerminal)).isEqualTo(1);
        assertThat(productTerminal.errors()).contains("row 4, column price: a price cannot be negative", "row 5, column price:",
                "row 6, column shop_ref: no shop was imported under the reference S-404");
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).build()) {
            assertThat(engine.merchants().count(MerchantFilter.all())).as("only the good file's shops").isEqualTo(2);
            assertThat(engine.catalogue().countVisibleProducts()).as("no product of the bad file").isZero();
        }

        FakeTerminal missing = new FakeTerminal();
        assertThat(Commands.run(List.of("import", "products", write(dir, "colonnes.csv", "ref,name\nA,B\n").toString()), env(db), missing))
                .isEqualTo(1);
        assertThat(missing.errors()).contains("row 1, column shop_ref: the first line has no column “shop_ref”");
        FakeTerminal latin1 = new FakeTerminal();
        Path notUtf8 = dir.resolve("latin1.csv");
        Files.write(notUtf8, SHOPS.substring(1).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Commands.run(List.of("import", "shops", notUtf8.toString()), env(db), latin1)).isEqualTo(1);
        assertThat(latin1.errors()).contains("row 1, column file: the file is not UTF-8 text");
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Map<String, String> env(TestDatabase db) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", db.jdbcUrl());
        env.put("DATABASE_USER", db.user());
        env.put("DATABASE_PASSWORD", db.password());
        env.put("DATA_DIR", System.getProperty("java.io.tmpdir") + "/comptoir-import-data");
        return env;
    }
}
