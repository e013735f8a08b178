package io.comptoir.app.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.asset.ImageUploads;
import io.comptoir.app.territory.FolderSource;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every product and shop of the demo seeds gets an illustration, made once per drawing and tile colour. */
class DemoPicturesTest {

    private static final Path TERRITORY = Path.of("..", "territories", "pays-de-saint-omer");
    private static final Path SEEDS = TERRITORY.resolve("demo");

    @Test
    void everyDemoProductAndShopHasADrawingAndAPictureIsMadeOncePerDrawingAndColour() throws IOException {
        Map<String, byte[]> uploaded = new ConcurrentHashMap<>();
        ImageUploads uploads = (content, altText, name) -> {
            String key = String.format("%016x-%s.jpg", uploaded.size(), name);
            uploaded.put(key, content);
            return new Image(key, altText);
        };
        DemoPictures pictures = DemoPictures.of(FolderSource.directory(TERRITORY), uploads);
        ObjectMapper json = new ObjectMapper();
        Set<String> icons = new HashSet<>();
        for (JsonNode product : json.readTree(SEEDS.resolve("products.json").toFile())) {
            DemoPictures.Drawing drawing = pictures.productDrawing(product.path("name").asText(), product.path("category").asText());
            assertThat(drawing.alt()).as(product.path("name").asText()).isNotBlank();
            icons.add(drawing.icon());
        }
        for (JsonNode shop : json.readTree(SEEDS.resolve("merchants.json").toFile())) {
            List<String> categories = new ArrayList<>();
            shop.path("categories").forEach(category -> categories.add(category.asText()));
            icons.add(pictures.shopDrawing(shop.path("trade").asText(), categories).icon());
        }
        assertThat(icons).as("a varied market").hasSizeGreaterThan(60);

        // drawing pictures takes time: a few, each twice
        Image croissant = pictures.product("Croissant au beurre", "viennoiseries").orElseThrow();
        assertThat(croissant.altText()).isEqualTo("Illustration : un croissant");
        assertThat(pictures.product("Croissant aux amandes", "viennoiseries")).contains(croissant);
        Image bakery = pictures.shop("Boulangerie-pâtisserie", List.of("pains")).orElseThrow();
        assertThat(bakery.altText()).isEqualTo("Illustration : du pain");
        assertThat(pictures.count()).isEqualTo(uploaded.size()).isEqualTo(2);
        BufferedImage tile = ImageIO.read(new ByteArrayInputStream(uploaded.get(croissant.assetKey())));
        assertThat(tile.getWidth()).isEqualTo(DemoPictures.TILE);
        assertThat(tile.getHeight()).isEqualTo(DemoPictures.TILE);
    }

    @Test
    void everyProductAndShopOfThePresquilesDemoHasItsOwnDrawingNotTheFallback() throws IOException {
        Path presquile = Path.of("..", "territories", "presqu-ile-de-crozon");
        DemoPictures pictures = DemoPictures.of(FolderSource.directory(presquile), (content, alt, name) -> new Image(name, alt));
        ObjectMapper json = new ObjectMapper();
        Set<String> icons = new HashSet<>();
        for (JsonNode product : json.readTree(presquile.resolve("demo/products.json").toFile())) {
            DemoPictures.Drawing drawing = pictures.productDrawing(product.path("name").asText(), product.path("category").asText());
            assertThat(drawing.icon()).as(product.path("name").asText()).isNotEqualTo("shopping-bags");
            icons.add(drawing.icon());
        }
        for (JsonNode shop : json.readTree(presquile.resolve("demo/merchants.json").toFile())) {
            List<String> categories = new ArrayList<>();
            shop.path("categories").forEach(category -> categories.add(category.asText()));
            DemoPictures.Drawing drawing = pictures.shopDrawing(shop.path("trade").asText(), categories);
            assertThat(drawing.icon()).as(shop.path("name").asText()).isNotEqualTo("shopping-bags");
            icons.add(drawing.icon());
        }
        assertThat(icons).as("a varied market").hasSizeGreaterThan(15);
        assertThat(pictures.productDrawing("Huîtres de la rade", "poissonnerie").alt()).isEqualTo("des huîtres");
        assertThat(pictures.productDrawing("Bar de ligne", "poissonnerie").icon()).isEqualTo("fish");
    }

    @Test
    void aSeedDirectoryWithoutPicturesGivesNone() {
        DemoPictures pictures = DemoPictures.of(new FolderSource() {
            @Override
            public java.io.InputStream open(String file) throws IOException {
                throw new IOException("no " + file);
            }

            @Override
            public boolean has(String file) {
                return false;
            }

            @Override
            public java.util.Optional<java.net.URL> url(String file) {
                return java.util.Optional.empty();
            }

            @Override
            public FolderSource folder(String name) {
                return this;
            }

            @Override
            public String describe() {
                return "nothing";
            }
        }, (content, alt, name) -> {
            throw new AssertionError("no upload expected");
        });
        assertThat(pictures.isNone()).isTrue();
        assertThat(pictures.product("Croissant au beurre", "viennoiseries")).isEmpty();
    }

    @Test
    void missingPicturesAreDrawnThenGivenToEveryShopAndItsProductsAndASecondRunGivesNothing() {
        Map<String, byte[]> uploaded = new ConcurrentHashMap<>();
        ImageUploads uploads = (content, altText, name) -> {
            String key = String.format("%016x-%s.jpg", uploaded.size(), name);
            uploaded.put(key, content);
            return new Image(key, altText);
        };
        try (TestDatabase database = TestDatabase.h2(); TestMarketplace market = TestMarketplace.start(database)) {
            Product honey = market.engine.catalogue().requireProduct(market.catalogue.honeyJar.id());
            DemoPictures pictures = DemoPictures.of(FolderSource.directory(TERRITORY), uploads);

            int missing = pictures.drawMissing(market.engine.merchants(), market.engine.catalogue());
            int drawn = pictures.count();
            assertThat(missing).isPositive();
            assertThat(drawn).isPositive().isEqualTo(uploaded.size());
            pictures.giveMissing(market.engine.merchants(), market.engine.catalogue());

            assertThat(pictures.count()).as("giving draws nothing more").isEqualTo(drawn);
            for (Merchant shop : market.engine.merchants().find(MerchantFilter.all())) {
                assertThat(shop.photo()).as(shop.name()).isPresent();
                for (Product product : market.engine.catalogue().productsOf(shop.id(), true, 0, 100)) {
                    if (product.id().equals(honey.id())) {
                        assertThat(product.images()).as("a product's own picture is kept").isEqualTo(honey.images());
                    }
                    else {
                        assertThat(product.images()).as(product.name()).hasSize(1);
                        assertThat(product.images().get(0).altText()).startsWith("Illustration : ");
                    }
                }
            }
            assertThat(pictures.drawMissing(market.engine.merchants(), market.engine.catalogue())).as("nothing left to give").isZero();
        }
    }
}
