package io.comptoir.app.shopping;

import io.comptoir.app.testing.SiteScripts;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.http.HttpResponse;
import java.util.List;

import static io.comptoir.app.catalogue.PageChecks.assertAccessible;
import static io.comptoir.app.testing.WebSession.location;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The cart through the pages, without JavaScript: adding from a product page, the cart page, its forms and notices. */
@EachDatabaseClass
final class CartPagesTest {
    private static final String PASSWORD = "marais-audomarois-2026";
    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static TestMarketplace market;
    private static TestCatalogue c;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = TestMarketplace.start(database);
        c = market.catalogue;
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    /** Text with the no-break spaces of French typography as plain spaces. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static List<String> plain(List<String> texts) {
        return texts.stream().map(CartPagesTest::plain).toList();
    }

    static String productPath(Product product) {
        return "/produits/" + product.id().value() + "-" + product.slug();
    }

    /** Adds from the product page's form, choosing the variant of that SKU. */
    static HttpResponse<String> add(WebSession visitor, Product product, String sku, int quantity) {
        Document page = page(visitor.get(productPath(product)));
        long variant = product.variants().stream().filter(v -> v.sku().equals(sku)).findFirst().orElseThrow().id().value();
        return visitor.submit(page, "form.add-to-cart", null, "variantId", Long.toString(variant), "quantity", Integer.toString(quantity));
    }

    @Test
    void aGuestAddsFromTheProductPageAndGetsAnHttpOnlyLaxCartCookieForSixtyDays() {
        WebSession guest = new WebSession(market);
        Document product = page(guest.get(productPath(c.boots)));
        assertThat(product.select("form.add-to-cart select[name=variantId] option")).extracting(o -> plain(o.text()))
                .containsExactly("Pointure : 41 – 79,90 €", "Pointure : 42 – 84,90 €");
        assertThat(product.select("form.add-to-cart input[name=_csrf]")).hasSize(1);

        HttpResponse<String> added = add(guest, c.boots, "RANDO-42", 2);
        assertThat(added.statusCode()).isEqualTo(303);
        long variant = c.boots.variants().get(1).id().value();
        assertThat(location(added)).isEqualTo("/panier?ajout=" + variant);
        String cookie = added.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("comptoir_cart=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Max-Age=5184000").contains("Path=/");

        Document cart = page(guest.get(location(added)));
        assertThat(plain(cart.select(".alert--success").text())).isEqualTo("« Chaussures de marche Rando » a été ajouté à votre panier.");
        assertThat(plain(cart.select(".basket-shop__title").eachText())).containsExactly("Chaussures Martin");
        assertThat(plain(cart.select(".cart-line__variant").text())).isEqualTo("Pointure: 42");
        assertThat(cart.select("#q-" + variant).attr("value")).isEqualTo("2");
        assertThat(plain(cart.select(".summary__row--total dd").text())).isEqualTo("169,80 €");
        Document home = page(guest.get("/"));
        assertThat(plain(home.select(".main-nav__cart .cart-count").text())).isEqualTo("2");
        assertThat(home.select(".main-nav__cart").attr("aria-label")).isEqualTo("Panier : 2 articles");
    }

    @Test
    void linesOfSeveralShopsAreGroupedByShopWithSubtotalsAndATotal() {
        WebSession guest = new WebSession(market);
        add(guest, c.honeyJar, "MIEL-500", 2);
        add(guest, c.derby, "DERBY-42", 1);
        add(guest, c.jam, "CONF-FRAISE", 1);
        add(guest, c.honeyJar, "MIEL-500", 1);

        Document cart = page(guest.get("/panier"));
        assertThat(plain(cart.select(".basket-shop__title").eachText())).containsExactly("Le Rucher d’Arques", "Chaussures Martin");
        assertThat(plain(cart.select(".basket-shop").get(0).select(".cart-line__name").eachText()))
                .containsExactly("Miel de fleurs du marais", "Confiture de fraises");
        assertThat(plain(cart.select(".basket-shop__subtotal").eachText())).containsExactly("Sous-total de la boutique : 31,40 €",
                "Sous-total de la boutique : 99,00 €");
        assertThat(plain(cart.select(".summary__row--total dd").text())).isEqualTo("130,40 €");
        assertThat(plain(cart.select(".page-lead").text())).isEqualTo("5 articles · 2 boutiques");
        assertThat(cart.select("a.summary__action").attr("href")).isEqualTo("/commande");
    }

    @Test
    void theCartFormsChangeAndRemoveLinesAndSayWhatCannotBeDone() {
        WebSession guest = new WebSession(market);
        add(guest, c.boots, "RANDO-41", 1);
        add(guest, c.candle, "BOUGIE-1", 2);
        long boots = c.boots.variants().get(0).id().value();
        long candle = c.candle.variants().get(0).id().value();
        Document cart = page(guest.get("/panier"));

        HttpResponse<String> updated = guest.submit(cart, "form[action=/panier/lignes/" + boots + "]", null, "quantity", "3");
        assertThat(location(updated)).isEqualTo("/panier");
        assertThat(page(guest.get("/panier")).select("#q-" + boots).attr("value")).isEqualTo("3");

        HttpResponse<String> tooMany = guest.submit(cart, "form[action=/panier/lignes/" + boots + "]", null, "quantity", "4");
        assertThat(location(tooMany)).isEqualTo("/panier?erreur=insufficient_stock");
        assertThat(plain(page(guest.get(location(tooMany))).select(".alert--error").text())).isEqualTo("Il n’en reste pas assez en stock pour cette quantité.");
        for (String bad : List.of("-1", "abc", "100", "1e3", "")) {
            HttpResponse<String> refused = guest.submit(cart, "form[action=/panier/lignes/" + boots + "]", null, "quantity", bad);
            assertThat(location(refused)).as(bad).isEqualTo("/panier?erreur=invalid_quantity");
        }
        assertThat(page(guest.get("/panier")).select("#q-" + boots).attr("value")).as("nothing changed").isEqualTo("3");

        HttpResponse<String> removed = guest.submit(cart, "form[action=/panier/lignes/" + candle + "/supprimer]", null);
        assertThat(location(removed)).isEqualTo("/panier");
        HttpResponse<String> zero = guest.submit(cart, "form[action=/panier/lignes/" + boots + "]", null, "quantity", "0");
        assertThat(location(zero)).isEqualTo("/panier");
        Document empty = page(guest.get("/panier"));
        assertThat(plain(empty.select(".empty-state__title").text())).isEqualTo("Votre panier est vide");
        assertThat(empty.select(".cart-count")).isEmpty();
    }

    @Test
    void addingMoreThanTheStockGoesBackToTheProductPageSayingWhy() {
        WebSession guest = new WebSession(market);
        HttpResponse<String> refused = add(guest, c.boots, "RANDO-41", 5);
        assertThat(location(refused)).isEqualTo(productPath(c.boots) + "?panier=insufficient_stock#ajout");
        Document product = page(guest.get(productPath(c.boots) + "?panier=insufficient_stock"));
        assertThat(plain(product.select(".add-to-cart .alert--error").text())).isEqualTo("Il n’en reste pas assez en stock pour cette quantité.");
        assertThat(guest.cookie("comptoir_cart").map(token -> market.engine.carts().cart(CartOwner.guest(token)).isEmpty()).orElse(true))
                .as("nothing stored").isTrue();

        HttpResponse<String> unknown = guest.post("/panier/ajouter", "_csrf", guest.csrfToken(), "variantId", "999999", "quantity", "1",
                "retour", productPath(c.boots));
        assertThat(location(unknown)).isEqualTo(productPath(c.boots) + "?panier=variant_not_found#ajout");
        HttpResponse<String> away = guest.post("/panier/ajouter", "_csrf", guest.csrfToken(), "variantId", "999999", "quantity", "1",
                "retour", "https://evil.example/");
        assertThat(location(away)).as("the return path stays on the site").isEqualTo("/panier?erreur=variant_not_found");
        assertThat(guest.post("/panier/ajouter", "variantId", Long.toString(c.jam.variants().get(0).id().value()), "quantity", "1")
                .statusCode()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void theCartSaysOnceWhatChangedPriceStockOrAvailability() {
        try (TestDatabase db = TestDatabase.create(kind); TestMarketplace own = TestMarketplace.start(db)) {
            TestCatalogue catalogue = own.catalogue;
            WebSession guest = new WebSession(own);
            add(guest, catalogue.jam, "CONF-FRAISE", 1);
            add(guest, catalogue.candle, "BOUGIE-1", 5);
            add(guest, catalogue.derby, "DERBY-42", 1);
            own.engine.catalogue().updateProduct(catalogue.jam.id(), new ProductDraft(catalogue.jam.name(), catalogue.jam.description(),
                    catalogue.jam.categoryId(), List.of(), List.of(new VariantDraft("CONF-FRAISE", List.of(), Money.euros(650), 12))),
                    TestCatalogue.ADMIN);
            own.engine.catalogue().setStock(catalogue.candle.variants().get(0).id(), 2, TestCatalogue.ADMIN);
            own.engine.catalogue().setHidden(catalogue.derby.id(), true, TestCatalogue.ADMIN);

            Document cart = page(guest.get("/panier"));
            assertThat(plain(cart.select(".alert--warning li").eachText())).containsExactlyInAnyOrder(
                    "Le prix de « Confiture de fraises » est passé de 5,90 € à 6,50 €.",
                    "Il ne reste que 2 « Bougie parfumée » en stock : la quantité est passée de 5 à 2.",
                    "« Chaussures de ville Derby » n’est plus disponible et a été retiré de votre panier.");
            assertThat(plain(cart.select(".summary__row--total dd").text())).isEqualTo("54,50 €");
            assertThat(page(guest.get("/panier")).select(".alert--warning")).as("said once").isEmpty();

            own.engine.catalogue().setStock(catalogue.candle.variants().get(0).id(), 1, TestCatalogue.ADMIN);
            Document elsewhere = page(guest.get("/boutiques"));
            assertThat(plain(elsewhere.select(".notice-banner li").eachText())).as("any page tells, so the notice is never lost")
                    .containsExactly("Il ne reste que 1 « Bougie parfumée » en stock : la quantité est passée de 2 à 1.");
            assertThat(elsewhere.select(".notice-banner a").attr("href")).isEqualTo("/panier");
        }
    }

    @Test
    void theGuestCartJoinsTheAccountCartWhenTheShopperSignsIn() {
        try (TestDatabase db = TestDatabase.create(kind); TestMarketplace own = TestMarketplace.start(db)) {
            TestCatalogue catalogue = own.catalogue;
            Account shopper = own.engine.accounts().register("marie@exemple.fr", PASSWORD, "Marie");
            own.engine.carts().add(CartOwner.shopper(shopper.id()), catalogue.honeyJar.variants().get(0).id(), 1);
            WebSession guest = new WebSession(own);
            add(guest, catalogue.honeyJar, "MIEL-500", 2);
            add(guest, catalogue.candle, "BOUGIE-1", 1);
            String guestToken = guest.cookie("comptoir_cart").orElseThrow();

            HttpResponse<String> signedIn = guest.signIn("marie@exemple.fr", PASSWORD);
            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(h -> assertThat(h).startsWith("comptoir_cart=;").contains("Expires=Thu, 01 Jan 1970"));

            Cart merged = own.engine.carts().cart(CartOwner.shopper(shopper.id()));
            assertThat(merged.lines()).extracting(line -> line.sku() + "×" + line.quantity()).containsExactlyInAnyOrder("MIEL-500×3", "BOUGIE-1×1");
            assertThat(own.engine.carts().cart(CartOwner.guest(guestToken)).isEmpty()).isTrue();
            assertThat(plain(page(guest.get("/panier")).select(".cart-count").text())).isEqualTo("4");
        }
    }

    @Test
    void aProductNamedLikeAScriptRendersInertInTheCart() {
        WebSession guest = new WebSession(market);
        add(guest, c.scriptProduct, "SCRIPT-1", 1);
        HttpResponse<String> cart = guest.get("/panier");
        assertThat(cart.body()).doesNotContain(TestCatalogue.SCRIPT_NAME).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page(cart).select(SiteScripts.NOT_OURS)).isEmpty();
        assertThat(plain(page(cart).select(".cart-line__name").text())).isEqualTo(TestCatalogue.SCRIPT_NAME);
    }

    @Test
    void theCartPageIsAccessibleEmptyOrFullAndSpeaksEnglishToo() {
        WebSession guest = new WebSession(market);
        assertAccessible(page(guest.get("/panier")), "fr");
        add(guest, c.honeyJar, "MIEL-500", 1);
        add(guest, c.boots, "RANDO-41", 1);
        assertAccessible(page(guest.get("/panier")), "fr");
        assertAccessible(page(guest.get(productPath(c.boots))), "fr");
        Document english = page(guest.get("/panier?lang=en"));
        assertAccessible(english, "en");
        assertThat(plain(english.select("h1").text())).isEqualTo("Your basket");
        assertThat(english.select(".main-nav__cart").attr("aria-label")).isEqualTo("Basket: 2 items");
    }
}
