package io.comptoir.app.catalogue;

import io.comptoir.app.testing.SiteScripts;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static io.comptoir.app.catalogue.PageChecks.assertAccessible;
import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The shopper site's pages over real HTTP: status, content, escaping, redirects, errors, languages, headers. */
final class ShopperPagesTest {
    private static TestDatabase database;
    private static TestMarketplace market;
    private static TestCatalogue c;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = TestMarketplace.start(database);
        c = market.catalogue;
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @EachDatabase
    void everyPageAnswersInFrenchAndPassesTheStructuralAccessibilityChecks(TestDatabase db) {
        try (TestMarketplace own = TestMarketplace.start(db)) {
            TestCatalogue catalogue = own.catalogue;
            for (String path : List.of("/", "/recherche", "/recherche?q=chaussure&commune=62765&tri=prix-croissant",
                    "/categories/" + catalogue.fashion.slug(), "/categories/" + catalogue.honey.slug(),
                    productPath(catalogue.boots.id().value(), catalogue.boots.slug()), productPath(catalogue.honeyJar.id().value(),
                            catalogue.honeyJar.slug()), "/boutiques", "/boutiques?commune=62040&categorie=" + catalogue.food.id(),
                    "/boutiques/" + catalogue.martin.id() + "-" + catalogue.martin.slug(), "/communes", "/communes/62765",
                    "/communes/62525")) {
                HttpResponse<String> response = own.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).as(path)
                        .isEqualToIgnoringCase("text/html;charset=utf-8");
                assertAccessible(parse(response), "fr");
            }
        }
    }

    @Test
    void theHomePageShowsTheTerritorysLiveFiguresCategoriesAndFeaturedShops() {
        Document home = parse(market.get("/"));

        assertThat(home.select(".figures__item").eachText()).containsExactly(
                "3 boutiques en ligne", "7 produits en vente", "4 communes", "1 commerçants en formation");
        assertThat(home.select(".category-tile").eachText()).as("each family counts the products of its subtree")
                .containsExactly("Mode et chaussures 4 produits", "Épicerie fine 2 produits", "Maison et déco 1 produit");
        assertThat(home.select(".card-grid--shops .shop-card__title").eachText()).containsExactly("Chaussures Martin");
        assertThat(home.select("form[role=search][action=/recherche] input[name=q]")).hasSize(1);
        assertThat(home.text()).contains("Formation gratuite", "Abonnement offert", "CAPSO", "CCPL");
    }

    @Test
    void aProductNamedLikeAScriptRendersAsInertText() {
        String path = productPath(c.scriptProduct.id().value(), c.scriptProduct.slug());
        for (String page : List.of(path, "/", "/recherche?q=script", "/boutiques/" + c.martin.id() + "-" + c.martin.slug())) {
            HttpResponse<String> response = market.get(page);
            assertThat(response.body()).as(page).doesNotContain(TestCatalogue.SCRIPT_NAME).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(parse(response).select(SiteScripts.NOT_OURS)).as(page).isEmpty();
        }
        Document product = parse(market.get(path));
        assertThat(product.selectFirst("h1").text()).isEqualTo(TestCatalogue.SCRIPT_NAME);
        assertThat(product.select("[itemprop=description] b")).as("the description's markup stays text").isEmpty();
        assertThat(product.select("[itemprop=description]").text()).contains("<b>en gras</b> & \"citée\"");
    }

    @Test
    void theProductPageShowsPricesStockShopAndBreadcrumb() {
        Document page = parse(market.get(productPath(c.boots.id().value(), c.boots.slug())));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Chaussures de marche Rando");
        assertThat(page.select(".product__price").text()).isEqualTo("à partir de 79,90 €");
        assertThat(page.select(".variants__table tbody tr").eachText())
                .containsExactly("Pointure : 41 79,90 € Plus que 3", "Pointure : 42 84,90 € Plus que 2");
        assertThat(page.select(".breadcrumb a").eachText()).containsExactly("Accueil", "Mode et chaussures", "Chaussures");
        assertThat(page.select(".shop-block a[href=/boutiques/" + c.martin.id() + "-" + c.martin.slug() + "]")).isNotEmpty();
        assertThat(page.select(".shop-block .open-status").text()).isEqualTo("Ouvert maintenant");
        assertThat(page.select("[itemtype=https://schema.org/AggregateOffer] meta[itemprop=lowPrice]").attr("content")).isEqualTo("79.90");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(productPath(c.boots.id().value(), c.boots.slug()));
        assertThat(page.select(".product__no-photo").text()).isEqualTo("Pas encore de photo");
        assertThat(page.select(".product__picture--placeholder .placeholder-label").text()).isEqualTo("Chaussures");

        Document soldOut = parse(market.get(productPath(c.soldOutBoots.id().value(), c.soldOutBoots.slug())));
        assertThat(soldOut.select(".variants__table tbody tr").eachText()).containsExactly("Pointure : 39 119,00 € Épuisé");
        assertThat(soldOut.select(".product__availability").text()).isEqualTo("Actuellement indisponible");

        Document honey = parse(market.get(productPath(c.honeyJar.id().value(), c.honeyJar.slug())));
        Element picture = honey.selectFirst(".product__picture img");
        assertThat(picture.attr("src")).isEqualTo("/assets/" + c.honeyPictureKey);
        assertThat(picture.attr("alt")).isEqualTo("Un pot de miel doré");
        assertThat(honey.select(".product__price").text()).isEqualTo("8,50 €");
        assertThat(honey.select(".product__stock").text()).as("a product without options has no table").isEqualTo("En stock");
    }

    @Test
    void aWrongOrMissingSlugRedirectsToTheCanonicalAddress() {
        String canonical = productPath(c.derby.id().value(), c.derby.slug());
        for (String path : List.of("/produits/" + c.derby.id(), "/produits/" + c.derby.id() + "-ancien-nom")) {
            HttpResponse<String> response = market.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).as(path).contains(canonical);
        }
        assertThat(market.get("/produits/" + c.derby.id() + "-x?lang=en").headers().firstValue("Location")).contains(canonical + "?lang=en");
        String shop = "/boutiques/" + c.rucher.id() + "-" + c.rucher.slug();
        assertThat(market.get("/boutiques/" + c.rucher.id() + "-rucher").headers().firstValue("Location")).contains(shop);
    }

    @Test
    void whatShoppersMayNotSeeIsAFrench404PageWithASearchBox() {
        for (String path : List.of(productPath(c.hiddenVase.id().value(), c.hiddenVase.slug()),
                productPath(c.trainingCushion.id().value(), c.trainingCushion.slug()), "/produits/chaussures",
                "/boutiques/" + c.training.id() + "-" + c.training.slug(), "/categories/inconnue", "/communes/99999",
                "/nulle/part")) {
            HttpResponse<String> response = market.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = parse(response);
            assertThat(page.selectFirst("h1").text()).as(path).isEqualTo("Page introuvable");
            assertThat(page.select("main form[action=/recherche] input[name=q]")).as(path).hasSize(1);
            assertAccessible(page, "fr");
        }
    }

    @Test
    void aMalformedParameterIsA400PageNotAFailure() {
        for (String path : List.of("/recherche?page=abc", "/recherche?prix=cher", "/recherche?tri=hasard", "/recherche?commune=Paris",
                "/recherche?categorie=mode", "/boutiques?page=0", "/boutiques/" + c.martin.id() + "-" + c.martin.slug() + "?page=-1")) {
            HttpResponse<String> response = market.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(parse(response).selectFirst("h1").text()).as(path).isEqualTo("Demande incorrecte");
        }
        assertThat(market.get("/recherche?utm_campaign=hiver&q=miel").statusCode()).as("unknown parameters are ignored").isEqualTo(200);
    }

    @Test
    void theSearchPageOffersFacetsActiveFiltersSortAndCount() {
        Document page = parse(market.get("/recherche?q=chaussure&commune=62765&tri=prix-croissant"));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Résultats pour « chaussure »");
        assertThat(page.select(".results-bar__count").text()).isEqualTo("4 produits");
        assertThat(page.select("input[name=commune][value=62765]").hasAttr("checked")).isTrue();
        assertThat(page.select("form#filtres input[type=hidden][name=q]").attr("value")).isEqualTo("chaussure");
        assertThat(page.select("select[name=tri][form=filtres] option[selected]").attr("value")).isEqualTo("prix-croissant");
        assertThat(page.select(".product-card__title").eachText()).first().isEqualTo(TestCatalogue.SCRIPT_NAME);
        assertThat(page.select(".chip--removable").eachText()).containsExactly("« chaussure » × (retirer ce filtre)",
                "Saint-Omer × (retirer ce filtre)");
        assertThat(page.select(".chip--removable").get(1).attr("href")).isEqualTo("/recherche?q=chaussure&tri=prix-croissant");
        assertThat(page.select("input[name=prix][type=radio]")).isNotEmpty();
        assertThat(page.select("input[name=stock][value=1]")).hasSize(1);

        Document empty = parse(market.get("/recherche?q=introuvable"));
        assertThat(empty.select(".empty-state__title").text()).isEqualTo("Aucun produit ne correspond");
        assertThat(empty.select(".results-bar__count").text()).isEqualTo("0 produit");
    }

    @Test
    void aCategoryPageListsItsSubtreeOnly() {
        Document page = parse(market.get("/categories/" + c.food.slug()));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Épicerie fine");
        assertThat(page.select(".product-card__title").eachText()).containsExactlyInAnyOrder("Miel de fleurs du marais", "Confiture de fraises");
        assertThat(page.select(".subcategories a").eachText()).containsExactly("Miel et confitures");
        assertThat(page.select("input[name=categorie]").eachAttr("value")).containsExactly(c.honey.id().toString());
        assertThat(parse(market.get("/categories/" + c.food.slug() + "?categorie=" + c.shoes.id())).select(".product-card__title"))
                .as("a category outside the page's subtree is ignored").hasSize(2);
    }

    @Test
    void theShopPageShowsHoursWithTodayAndWhetherItIsOpenNow() {
        Document page = parse(market.get("/boutiques/" + c.martin.id() + "-" + c.martin.slug()));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Chaussures Martin");
        assertThat(page.select(".shop__intro .open-status").text()).isEqualTo("Ouvert maintenant");
        assertThat(page.select(".hours__row--today").text()).isEqualTo("Mardi (aujourd’hui) 09h00 – 12h00 14h00 – 19h00");
        assertThat(page.select(".hours__row").eachText()).first().isEqualTo("Lundi Fermé");
        assertThat(page.select("a[href=tel:0321380000]").text()).isEqualTo("03 21 38 00 00");
        assertThat(page.select("a[rel~=nofollow]").attr("href")).isEqualTo("https://chaussures-martin.example");
        assertThat(page.select("#shop-products-title").text()).contains("4 produits");

        Document lumbroise = parse(market.get("/boutiques/" + c.lumbroise.id() + "-" + c.lumbroise.slug()));
        assertThat(lumbroise.text()).contains("Horaires non communiqués.");
        assertThat(lumbroise.select(".open-status")).isEmpty();
    }

    @Test
    void theShopDirectoryAndCommunePagesFilterByPlace() {
        assertThat(parse(market.get("/boutiques")).select(".shop-card__title").eachText())
                .containsExactly("Chaussures Martin", "Le Rucher d’Arques", "Maison Lumbroise");
        Document arques = parse(market.get("/boutiques?commune=62040"));
        assertThat(arques.select(".shop-card__title").eachText()).containsExactly("Le Rucher d’Arques");
        assertThat(arques.select("select[name=commune] option[selected]").attr("value")).isEqualTo("62040");

        Document communes = parse(market.get("/communes"));
        assertThat(communes.select(".commune-group h2").eachText()).containsExactly(
                "Communauté d’agglomération du Pays de Saint-Omer", "Communauté de communes du Pays de Lumbres");
        assertThat(communes.select(".commune-list__link").eachText()).contains("Saint-Omer 62500 · 1 boutique", "Longuenesse 62219 · 0 boutique");

        Document saintOmer = parse(market.get("/communes/62765"));
        assertThat(saintOmer.selectFirst("h1").text()).isEqualTo("Saint-Omer");
        assertThat(saintOmer.select(".shop-card__title").eachText()).containsExactly("Chaussures Martin");
        assertThat(saintOmer.select(".product-card__title")).hasSize(4);
        assertThat(saintOmer.select("a[href=/recherche?commune=62765]")).hasSize(1);
    }

    @Test
    void theLanguageFollowsTheParameterThenTheCookieThenTheBrowser() {
        HttpResponse<String> english = market.get("/?lang=en");
        assertThat(parse(english).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(parse(english).selectFirst("h1").text()).isEqualTo("The shops of the Pays de Saint-Omer, open online");
        assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("lang=en").contains("HttpOnly", "SameSite=Lax", "Path=/"));

        assertThat(parse(market.get("/boutiques", "Cookie", "lang=en")).selectFirst("h1").text()).isEqualTo("The shops");
        assertThat(parse(market.get("/boutiques", "Accept-Language", "en-GB,en;q=0.8")).selectFirst("h1").text()).isEqualTo("The shops");
        assertThat(parse(market.get("/boutiques", "Accept-Language", "de-DE,en;q=0.5")).selectFirst("h1").text()).isEqualTo("The shops");
        assertThat(parse(market.get("/boutiques", "Accept-Language", "de-DE")).selectFirst("h1").text()).isEqualTo("Les boutiques");
        assertThat(parse(market.get("/boutiques", "Cookie", "lang=fr", "Accept-Language", "en")).selectFirst("h1").text())
                .isEqualTo("Les boutiques");
        assertThat(parse(market.get("/boutiques?lang=xx", "Accept-Language", "en")).selectFirst("html").attr("lang")).isEqualTo("en");

        Document french = parse(market.get("/recherche?q=miel&lang=fr"));
        assertThat(french.select("a.main-nav__lang").attr("href")).isEqualTo("/recherche?q=miel&lang=en");
        assertAccessible(parse(market.get("/recherche?q=miel&lang=en")), "en");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/api/v1/products", "/nulle/part", "/api/v1/products?size=0", "/static/app.css", "/assets/" + c.honeyPictureKey, "/metrics")) {
            HttpResponse<String> response = market.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        }
        assertThat(market.get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
    }

    @Test
    void theStyleSheetIsFingerprintedAndCachedForAYear() {
        String href = parse(market.get("/")).select("link[rel=stylesheet]").first().attr("href");
        assertThat(href).matches("/static/app\\.css\\?v=[0-9a-f]{10}");

        HttpResponse<String> css = market.get(href);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(css.body()).contains("--brand-700");
        assertThat(market.get("/static/placeholders/tone-3.svg").statusCode()).isEqualTo(200);
        assertThat(market.get("/static/absent.css").statusCode()).isEqualTo(404);
    }

    @Test
    void aHeadRequestOnAPageIsAnswered() {
        HttpResponse<String> response = market.send(java.net.http.HttpRequest.newBuilder(market.uri("/boutiques"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static String productPath(long id, String slug) {
        return "/produits/" + id + "-" + slug;
    }
}
