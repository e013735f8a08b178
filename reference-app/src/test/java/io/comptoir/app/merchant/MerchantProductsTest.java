package io.comptoir.app.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.Pictures;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.web.ImageUpload;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A shop's products from its back-office: the form with its variant rows, pictures, hiding, stock; and the same through the API. */
final class MerchantProductsTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Session staff;
    private static String products;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        staff = market.session(market.staffOf("Camille Martin", c.martin));
        products = "/espace-commercant/" + c.martin.id() + "/produits";
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    private static Map<String, String> sandalsForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Sandales d’été");
        form.put("description", "Cuir tressé.\nSemelle liège.");
        form.put("category", c.shoes.id().toString());
        form.put("rows", "3");
        form.put("columns", "2");
        form.put("option.0.name", "Pointure");
        form.put("option.1.name", "Couleur");
        form.put("variant.0.sku", "SANDALE-38-NAT");
        form.put("variant.0.option.0", "38");
        form.put("variant.0.option.1", "Naturel");
        form.put("variant.0.price", "49,90");
        form.put("variant.0.stock", "4");
        form.put("variant.1.sku", "");
        form.put("variant.1.option.0", "39");
        form.put("variant.1.option.1", "Naturel");
        form.put("variant.1.price", "52");
        form.put("variant.1.stock", "");
        form.put("_do", "save");
        return form;
    }

    @EachDatabase
    void aProductWithVariantsIsCreatedThroughTheFormAndOpensForItsPictures(TestDatabase db) {
        try (BackOfficeMarket own = BackOfficeMarket.start(db)) {
            TestCatalogue catalogue = own.catalogue;
            Session session = own.session(own.staffOf("Camille Martin", catalogue.martin));
            Map<String, String> form = sandalsForm();
            form.put("category", catalogue.shoes.id().toString());
            int before = own.engine.catalogue().countProductsOf(catalogue.martin.id(), true);

            HttpResponse<String> response = own.postForm("/espace-commercant/" + catalogue.martin.id() + "/produits", session, form);

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(own.engine.catalogue().countProductsOf(catalogue.martin.id(), true)).isEqualTo(before + 1);
            Product created = own.engine.catalogue().productsOf(catalogue.martin.id(), true, 0, 1).get(0);
            assertThat(BackOfficeMarket.location(response)).isEqualTo("/espace-commercant/" + catalogue.martin.id() + "/produits/" + created.id()
                    + "?ok=product-created");
            assertThat(created.name()).isEqualTo("Sandales d’été");
            assertThat(created.description()).isEqualTo("Cuir tressé.\nSemelle liège.");
            assertThat(created.variants()).hasSize(2);
            Variant first = created.variants().stream().filter(v -> v.sku().equals("SANDALE-38-NAT")).findFirst().orElseThrow();
            assertThat(first.options()).containsExactly(new VariantOption("Pointure", "38"), new VariantOption("Couleur", "Naturel"));
            assertThat(first.price()).isEqualTo(Money.euros(4990));
            assertThat(first.stock()).isEqualTo(4);
            Variant second = created.variants().stream().filter(v -> !v.sku().equals("SANDALE-38-NAT")).findFirst().orElseThrow();
            assertThat(second.sku()).as("generated reference").matches("REF-[A-Z2-9]{6}");
            assertThat(second.price()).isEqualTo(Money.euros(5200));
            assertThat(second.stock()).isZero();
            Document edit = parse(own.get(BackOfficeMarket.location(response), session));
            assertThat(edit.select(".notice--success").text()).contains("Produit créé");
            assertThat(edit.select("#photos form[enctype=multipart/form-data]")).hasSize(1);
        }
    }

    @Test
    void addingAVariantSendsTheFormBackWithOneMoreRowKeepingWhatWasTypedAndSavesNothing() {
        Map<String, String> form = sandalsForm();
        form.put("_do", "add-variant");
        int before = market.engine.catalogue().countProductsOf(c.martin.id(), true);

        HttpResponse<String> response = market.postForm(products, staff, form);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = parse(response);
        assertThat(page.select("input[name=rows]").attr("value")).isEqualTo("4");
        assertThat(page.select("input[name=variant.3.price]")).hasSize(1);
        assertThat(page.select("input[name=variant.0.price]").attr("value")).isEqualTo("49,90");
        assertThat(page.select("input[name=option.1.name]").attr("value")).isEqualTo("Couleur");
        assertThat(page.select("#product-description").text()).contains("Semelle liège.");
        assertThat(market.engine.catalogue().countProductsOf(c.martin.id(), true)).isEqualTo(before);

        form.put("_do", "add-option");
        Document wider = parse(market.postForm(products, staff, form));
        assertThat(wider.select("input[name=columns]").attr("value")).isEqualTo("3");
        assertThat(wider.select("input[name=variant.0.option.2]")).hasSize(1);
    }

    @Test
    void aBadRowComesBackNamingItsFieldAndNothingIsStored() {
        Map<String, String> form = sandalsForm();
        form.put("variant.1.price", "cinquante");
        int before = market.engine.catalogue().countProductsOf(c.martin.id(), true);

        HttpResponse<String> response = market.postForm(products, staff, form);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = parse(response);
        assertThat(page.select("input[name=variant.1.price]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input[name=variant.1.price]").attr("value")).isEqualTo("cinquante");
        assertThat(page.select(".notice--problem").text()).contains("Variante 2").contains("prix");
        assertThat(market.engine.catalogue().countProductsOf(c.martin.id(), true)).isEqualTo(before);

        form.put("variant.1.price", "52");
        form.put("variant.1.sku", "SANDALE-38-NAT");
        HttpResponse<String> duplicate = market.postForm(products, staff, form);
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(parse(duplicate).select("input[name=variant.1.sku]").attr("aria-invalid")).isEqualTo("true");

        form.put("variant.1.sku", "DERBY-42");
        HttpResponse<String> taken = market.postForm(products, staff, form);
        assertThat(taken.statusCode()).as("a SKU of another product of the shop").isEqualTo(409);
        assertThat(parse(taken).select(".notice--problem").text()).contains("référence");
        assertThat(market.engine.catalogue().countProductsOf(c.martin.id(), true)).isEqualTo(before);
    }

    @Test
    void editingChangesAPriceWithdrawsAVariantAndAddsOneInTheBlankRow() {
        Product product = market.engine.catalogue().createProduct(c.martin.id(), new io.comptoir.engine.api.catalogue.ProductDraft(
                "Mocassins", "Souples.", c.shoes.id(), List.of(), List.of(
                new io.comptoir.engine.api.catalogue.VariantDraft("MOC-40", List.of(new VariantOption("Pointure", "40")), Money.euros(6000), 2),
                new io.comptoir.engine.api.catalogue.VariantDraft("MOC-41", List.of(new VariantOption("Pointure", "41")), Money.euros(6000), 2))),
                TestCatalogue.ADMIN);
        String page = products + "/" + product.id();
        Document form = parse(market.get(page, staff));
        assertThat(form.select("input[name=variant.0.sku]").hasAttr("readonly")).isTrue();
        assertThat(form.select("input[name=rows]").attr("value")).isEqualTo("3");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Mocassins en daim");
        fields.put("description", "Souples.");
        fields.put("category", c.shoes.id().toString());
        fields.put("rows", "3");
        fields.put("columns", "2");
        fields.put("option.0.name", "Pointure");
        fields.put("option.1.name", "");
        fields.put("variant.0.existing", "true");
        fields.put("variant.0.sku", "MOC-40");
        fields.put("variant.0.option.0", "40");
        fields.put("variant.0.price", "55,00");
        fields.put("variant.0.stock", "2");
        fields.put("variant.1.existing", "true");
        fields.put("variant.1.sku", "MOC-41");
        fields.put("variant.1.option.0", "41");
        fields.put("variant.1.price", "60,00");
        fields.put("variant.1.stock", "2");
        fields.put("variant.1.withdraw", "true");
        fields.put("variant.2.sku", "MOC-42");
        fields.put("variant.2.option.0", "42");
        fields.put("variant.2.price", "60");
        fields.put("variant.2.stock", "5");

        HttpResponse<String> response = market.postForm(page, staff, fields);

        assertThat(response.statusCode()).isEqualTo(303);
        Product saved = market.engine.catalogue().requireProduct(product.id());
        assertThat(saved.name()).isEqualTo("Mocassins en daim");
        assertThat(saved.variants()).extracting(Variant::sku).containsExactlyInAnyOrder("MOC-40", "MOC-42");
        assertThat(saved.variants().stream().filter(v -> v.sku().equals("MOC-40")).findFirst().orElseThrow().price()).isEqualTo(Money.euros(5500));
    }

    @Test
    void aPictureIsUploadedWithItsDescriptionAndServedThenRemoved() {
        String page = products + "/" + c.derby.id();

        HttpResponse<String> response = market.upload(page + "/images", staff, Map.of("alt", "Derby noires vues de profil"), "derby.png",
                "image/png", Pictures.PNG, false);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(BackOfficeMarket.location(response)).contains("ok=image-added");
        Product product = market.engine.catalogue().requireProduct(c.derby.id());
        assertThat(product.images()).hasSize(1);
        assertThat(product.images().get(0).altText()).isEqualTo("Derby noires vues de profil");
        HttpResponse<byte[]> file = getBytes("/assets/" + product.images().get(0).assetKey());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).as("re-encoded by the image pipeline").contains("image/jpeg");
        assertThat(ImageUpload.sniff(file.body())).contains("image/jpeg");
        Document form = parse(market.get(page, staff));
        assertThat(form.select("#photos img").attr("alt")).isEqualTo("Derby noires vues de profil");

        HttpResponse<String> removed = market.postForm(page + "/images/retirer", staff, Map.of("key", product.images().get(0).assetKey()));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(market.engine.catalogue().requireProduct(c.derby.id()).images()).isEmpty();
    }

    @Test
    void anUploadThatIsNotAJpegPngOrWebpPictureIsRefusedAndNothingChanges() {
        String upload = products + "/" + c.scriptProduct.id() + "/images";
        int before = market.engine.catalogue().requireProduct(c.scriptProduct.id()).images().size();
        for (byte[] content : List.of(Pictures.GIF, Pictures.SVG, "not a picture".getBytes())) {
            HttpResponse<String> response = market.upload(upload, staff, Map.of("alt", "Une photo"), "photo.png", "image/png", content, false);

            assertThat(response.statusCode()).isEqualTo(400);
            Document page = parse(response);
            assertThat(page.select("#photo-file").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select("#photo-file-error").text()).contains("JPEG, PNG ou WebP");
            assertThat(page.select("#photo-alt").attr("value")).as("what was typed stays").isEqualTo("Une photo");
        }
        HttpResponse<String> noAlt = market.upload(upload, staff, Map.of("alt", "  "), "photo.jpg", "image/jpeg", Pictures.JPEG, false);
        assertThat(noAlt.statusCode()).isEqualTo(400);
        assertThat(parse(noAlt).select("#photo-alt-error").text()).contains("décrivez la photo");
        assertThat(market.engine.catalogue().requireProduct(c.scriptProduct.id()).images()).hasSize(before);
    }

    @Test
    void aPictureOverFiveMebibytesIsRefusedWithA413AndOneJustUnderIsTaken() {
        String upload = products + "/" + c.soldOutBoots.id() + "/images";

        HttpResponse<String> tooBig = market.upload(upload, staff, Map.of("alt", "Trop lourde"), "big.png", "image/png",
                Pictures.pngOfSize(5 * 1024 * 1024 + 1), false);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("5 Mo");
        assertThat(market.engine.catalogue().requireProduct(c.soldOutBoots.id()).images()).isEmpty();

        assertThat(market.announce("POST", upload, staff, "multipart/form-data; boundary=x", 7 * 1024 * 1024))
                .as("refused before the body is sent").isEqualTo(413);

        HttpResponse<String> justUnder = market.upload(upload, staff, Map.of("alt", "Bottines fourrées"), "ok.png", "image/png",
                Pictures.pngOfSize(5 * 1024 * 1024), false);
        assertThat(justUnder.statusCode()).isEqualTo(303);
        assertThat(market.engine.catalogue().requireProduct(c.soldOutBoots.id()).images()).hasSize(1);
    }

    @Test
    void theApiUploadsAPictureOverTheGeneralOneMebibyteLimitButNoOtherRouteTakesSuchABody() {
        HttpResponse<String> response = market.upload("/api/v1/merchant/" + c.martin.id() + "/images", staff, Map.of("alt", "La vitrine"),
                "grand.png", "image/png", Pictures.pngOfSize(2 * 1024 * 1024), true);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode upload = BackOfficeMarket.json(response);
        assertThat(upload.get("alt").asText()).isEqualTo("La vitrine");
        HttpResponse<byte[]> stored = getBytes("/assets/" + upload.get("key").asText());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(ImageUpload.sniff(stored.body())).as("re-encoded by the image pipeline").contains("image/jpeg");

        HttpResponse<String> wrong = market.upload("/api/v1/merchant/" + c.martin.id() + "/images", staff, Map.of("alt", "Une photo"), "x.png", "image/png",
                Pictures.GIF, true);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(wrong).get("field").asText()).isEqualTo("file");

        HttpResponse<String> tooBig = market.upload("/api/v1/merchant/" + c.martin.id() + "/images", staff, Map.of("alt", "Une photo"), "x.png", "image/png",
                Pictures.pngOfSize(5 * 1024 * 1024 + 10), true);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(BackOfficeMarket.json(tooBig).get("message").asText()).contains("5242880");
        assertThat(market.announce("POST", "/api/v1/merchant/" + c.martin.id() + "/images", staff, "multipart/form-data; boundary=x",
                6 * 1024 * 1024)).isEqualTo(413);

        String stock = "/api/v1/merchant/" + c.martin.id() + "/products/" + c.derby.id() + "/variants/" + c.derby.variants().get(0).id() + "/stock";
        assertThat(market.announce("PUT", stock, staff, "application/json", 2 * 1024 * 1024)).isEqualTo(413);
        assertThat(market.announce("PUT", stock, staff, "application/json", 1024 * 1024 + 1)).isEqualTo(413);
    }

    @Test
    void theApiUploadGoesThroughTheImagePipelineDroppingExifAndAsksWhatThePictureShows() {
        String images = "/api/v1/merchant/" + c.martin.id() + "/images";
        byte[] jpeg = Pictures.jpeg(64, 48);
        byte[] payload = "Exif\0\0MM\0*\0\0\0\u0008GPSLatitude 50.7500 N Pixel 9".getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream photo = new java.io.ByteArrayOutputStream();
        photo.write(0xFF);
        photo.write(0xD8);
        photo.write(0xFF);
        photo.write(0xE1);
        photo.write((payload.length + 2) >>> 8);
        photo.write((payload.length + 2) & 0xFF);
        photo.writeBytes(payload);
        photo.write(jpeg, 2, jpeg.length - 2);

        HttpResponse<String> noAlt = market.upload(images, staff, Map.of("alt", " "), "photo.jpg", "image/jpeg", photo.toByteArray(), true);
        assertThat(noAlt.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(noAlt).get("field").asText()).isEqualTo("alt");

        HttpResponse<String> response = market.upload(images, staff, Map.of("alt", "Derby noires"), "photo.jpg", "image/jpeg", photo.toByteArray(), true);
        assertThat(response.statusCode()).isEqualTo(201);
        String key = BackOfficeMarket.json(response).get("key").asText();
        byte[] served = getBytes("/assets/" + key).body();
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude").doesNotContain("Exif").doesNotContain("Pixel 9");
    }

    @Test
    void aHiddenProductLeavesTheShopperSiteButStaysInTheBackOffice() {
        Product candidate = market.engine.catalogue().createProduct(c.martin.id(), new io.comptoir.engine.api.catalogue.ProductDraft(
                "Chaussons", "Laine.", c.shoes.id(), List.of(), List.of(new io.comptoir.engine.api.catalogue.VariantDraft("CHAUSSON-1",
                List.of(), Money.euros(2500), 3))), TestCatalogue.ADMIN);
        String publicPage = "/produits/" + candidate.id() + "-" + candidate.slug();
        assertThat(market.get(publicPage).statusCode()).isEqualTo(200);

        HttpResponse<String> hidden = market.postForm(products + "/" + candidate.id() + "/visibilite", staff,
                Map.of("hidden", "true", "from", "list", "page", "1"));

        assertThat(hidden.statusCode()).isEqualTo(303);
        assertThat(BackOfficeMarket.location(hidden)).isEqualTo(products + "?page=1&ok=product-hidden#produit-" + candidate.id());
        assertThat(market.get(publicPage).statusCode()).isEqualTo(404);
        Document list = parse(market.get(products, staff));
        assertThat(list.select("#produit-" + candidate.id() + " .bo-badge").text()).isEqualTo("Masqué");

        JsonNode shown = BackOfficeMarket.json(market.api("PUT", "/api/v1/merchant/" + c.martin.id() + "/products/" + candidate.id()
                + "/visibility", staff, "{\"hidden\": false}"));
        assertThat(shown.get("hidden").asBoolean()).isFalse();
        assertThat(market.get(publicPage).statusCode()).isEqualTo(200);
    }

    @Test
    void stockIsSetInPlaceFromTheListAndThroughTheApi() {
        Variant variant = c.boots.variants().get(0);
        String stock = products + "/" + c.boots.id() + "/variantes/" + variant.id() + "/stock";

        HttpResponse<String> saved = market.postForm(stock, staff, Map.of("stock", "12", "page", "1"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(market.engine.catalogue().variant(variant.id()).orElseThrow().stock()).isEqualTo(12);
        assertThat(parse(market.get(BackOfficeMarket.location(saved), staff)).select("#stock-" + variant.id()).attr("value")).isEqualTo("12");

        HttpResponse<String> negative = market.postForm(stock, staff, Map.of("stock", "-1"));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(parse(negative).select("#stock-" + variant.id()).attr("aria-invalid")).isEqualTo("true");
        assertThat(market.engine.catalogue().variant(variant.id()).orElseThrow().stock()).isEqualTo(12);

        JsonNode viaApi = BackOfficeMarket.json(market.api("PUT", "/api/v1/merchant/" + c.martin.id() + "/products/" + c.boots.id()
                + "/variants/" + variant.id() + "/stock", staff, "{\"stock\": 7}"));
        assertThat(viaApi.get("stock").asInt()).isEqualTo(7);
        assertThat(market.engine.catalogue().variant(variant.id()).orElseThrow().stock()).isEqualTo(7);
    }

    @Test
    void theApiCreatesAndReplacesAProductWithItsVariantsAndPictures() {
        String key = BackOfficeMarket.json(market.upload("/api/v1/merchant/" + c.martin.id() + "/images", staff, Map.of("alt", "Bottes vertes"), "botte.jpg",
                "image/jpeg", Pictures.JPEG, true)).get("key").asText();
        String body = """
                {"name": "Bottes de pluie", "description": "Caoutchouc naturel.", "categoryId": %d,
                 "images": [{"key": "%s", "alt": "Bottes vertes"}],
                 "variants": [{"sku": "PLUIE-40", "options": [{"name": "Pointure", "value": "40"}], "price": {"amount": 3990}, "stock": 6},
                              {"options": [{"name": "Pointure", "value": "41"}], "price": {"amount": 3990, "currency": "EUR"}}]}
                """.formatted(c.shoes.id().value(), key);

        HttpResponse<String> created = market.api("POST", "/api/v1/merchant/" + c.martin.id() + "/products", staff, body);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode product = BackOfficeMarket.json(created);
        long id = product.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/v1/merchant/" + c.martin.id() + "/products/" + id));
        assertThat(product.get("images").get(0).get("alt").asText()).isEqualTo("Bottes vertes");
        assertThat(product.get("variants")).hasSize(2);
        Product stored = market.engine.catalogue().requireProduct(new ProductId(id));
        assertThat(stored.variants()).extracting(Variant::stock).containsExactlyInAnyOrder(6, 0);

        String replacement = """
                {"name": "Bottes de pluie", "categoryId": %d,
                 "variants": [{"sku": "PLUIE-40", "options": [{"name": "Pointure", "value": "40"}], "price": {"amount": 3490}, "stock": 6}]}
                """.formatted(c.shoes.id().value());
        JsonNode updated = BackOfficeMarket.json(market.api("PUT", "/api/v1/merchant/" + c.martin.id() + "/products/" + id, staff, replacement));
        assertThat(updated.get("variants")).hasSize(1);
        assertThat(updated.get("variants").get(0).get("price").get("amount").asLong()).isEqualTo(3490);
        assertThat(updated.get("images")).as("pictures stay when left out").hasSize(1);
        assertThat(updated.get("description").asText()).isEmpty();

        HttpResponse<String> unknownPicture = market.api("PUT", "/api/v1/merchant/" + c.martin.id() + "/products/" + id, staff,
                replacement.replace("\"categoryId\"", "\"images\": [{\"key\": \"0123456789abcdef-nope.png\", \"alt\": \"x\"}], \"categoryId\""));
        assertThat(unknownPicture.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(unknownPicture).get("field").asText()).isEqualTo("images[0].key");
    }

    @Test
    void aProductNamedLikeAScriptIsShownAsTextEverywhereInTheBackOffice() {
        market.order(market.shopper("Alex Durand"), BackOfficeMarket.card(), Map.of(c.scriptProduct.variants().get(0), 1));
        String order = "/espace-commercant/" + c.martin.id() + "/commandes/" + market.engine.orders()
                .merchantOrdersOf(c.martin.id(), java.util.Set.of(), 0, 1).get(0).id();
        for (String path : List.of(products, products + "/" + c.scriptProduct.id(), "/espace-commercant/" + c.martin.id(), order)) {
            HttpResponse<String> response = market.get(path, staff);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain(TestCatalogue.SCRIPT_NAME).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(parse(response).select("script")).as(path).isEmpty();
        }
        assertThat(parse(market.get(products + "/" + c.scriptProduct.id(), staff)).select("#product-name").attr("value"))
                .isEqualTo(TestCatalogue.SCRIPT_NAME);
    }

    private static HttpResponse<byte[]> getBytes(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(market.uri(path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
