package io.comptoir.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory's settings from its back-office ({@code /admin/territoire}) and its API: what the public pages then show
 * (home page, footer, legal pages, {@code /api/v1/territory}), the folder's text back on request, the history, and every
 * refusal — bad values (400 naming the field), a save after someone else's (409), other people (401, 403) — changing
 * nothing. The market runs on the shipped Pays de Saint-Omer folder, whose texts are the defaults.
 */
final class TerritorySettingsWebTest {
    private static final String FOLDER_TITLE = "Vos commerçants du Pays de Saint-Omer, ouverts en ligne";
    private static final String FOLDER_TITLE_EN = "The shops of the Pays de Saint-Omer, open online";
    private static final String FOLDER_EMAIL = "contact@achetezenpaysdesaintomer.example";
    private static final String SETTINGS = "/api/v1/admin/territory/settings";

    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Session admin;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        admin = market.session(market.admin("Claire Territoire"));
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @EachDatabase
    void aTextAndAFeaturedShopSetInTheBackOfficeShowOnTheHomePageUntilTheFolderTextIsBack(TestDatabase db) {
        try (BackOfficeMarket own = BackOfficeMarket.start(db)) {
            Session session = own.session(own.admin("Claire Territoire"));
            TestCatalogue shops = own.catalogue;
            Document form = parse(own.get("/admin/territoire", session));
            assertThat(form.select("nav a[href=/admin/territoire]").text()).isEqualTo("Réglages du territoire");
            assertThat(form.select("#territory-fr-heroTitle-hint").text()).contains(FOLDER_TITLE);
            assertThat(form.select("#territory-en-heroTitle")).as("a field per language of the site").hasSize(1);
            assertThat(form.select("#a-la-une .featured-list a")).extracting(element -> element.text()).containsExactly(shops.martin.name());
            assertThat(form.select("#territory-featured-add option")).extracting(element -> element.text())
                    .as("the live shops not featured").contains(shops.rucher.name(), shops.lumbroise.name()).doesNotContain(shops.training.name());

            HttpResponse<String> saved = own.postForm("/admin/territoire/accueil", session, Map.of("version", version(form, "accueil"),
                    "home.fr.heroTitle", "Le Happy Kdo Booster est arrivé", "home.fr.heroLead", "",
                    "home.fr.announcement", "Happy Kdo Booster : jusqu’au 28 février", "home.fr.announcementLink", "/bons/solde"));
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(BackOfficeMarket.location(saved)).isEqualTo("/admin/territoire?ok=territory-saved");

            Document home = parse(own.get("/"));
            assertThat(home.select("h1#hero-title").text()).isEqualTo("Le Happy Kdo Booster est arrivé");
            assertThat(home.select(".announcement a").text()).isEqualTo("Happy Kdo Booster : jusqu’au 28 février");
            assertThat(home.select(".announcement a").attr("href")).isEqualTo("/bons/solde");
            assertThat(home.select(".hero__lead").text()).as("left empty: the folder's").startsWith("Trouvez un produit");
            Document english = parse(own.get("/?lang=en"));
            assertThat(english.select("h1#hero-title").text()).as("English not set: the folder's").isEqualTo(FOLDER_TITLE_EN);
            assertThat(english.select(".announcement")).isEmpty();

            // the featured shops: one added at the end, then moved first; a shop that leaves the live ones is skipped
            form = parse(own.get("/admin/territoire", session));
            HttpResponse<String> added = own.postForm("/admin/territoire/a-la-une", session, List.of(Map.entry("version", version(form, "a-la-une")),
                    Map.entry("shop", shops.martin.id().toString()), Map.entry("add", shops.rucher.id().toString()), Map.entry("action", "add")));
            assertThat(BackOfficeMarket.location(added)).isEqualTo("/admin/territoire?ok=territory-featured");
            assertThat(featuredOnTheHomePage(own)).containsExactly(shops.martin.name(), shops.rucher.name());
            form = parse(own.get("/admin/territoire", session));
            own.postForm("/admin/territoire/a-la-une", session, List.of(Map.entry("version", version(form, "a-la-une")),
                    Map.entry("shop", shops.martin.id().toString()), Map.entry("shop", shops.rucher.id().toString()),
                    Map.entry("action", "up:" + shops.rucher.id())));
            assertThat(featuredOnTheHomePage(own)).containsExactly(shops.rucher.name(), shops.martin.name());
            own.engine.merchants().changeStatus(shops.rucher.id(), MerchantStatus.SUSPENDED, TestCatalogue.ADMIN);
            assertThat(featuredOnTheHomePage(own)).containsExactly(shops.martin.name());
            assertThat(parse(own.get("/admin/territoire", session)).select("#a-la-une .featured-list__item .bo-badge").text())
                    .contains("n’apparaît pas sur la page");

            // back to the folder's text
            form = parse(own.get("/admin/territoire", session));
            assertThat(form.select("button[name=reset][value=home.fr.heroTitle]").text()).contains("Revenir au texte du dossier");
            assertThat(form.select("button[name=reset][value=home.fr.heroLead]")).as("nothing set, nothing to reset").isEmpty();
            Map<String, String> fields = new java.util.HashMap<>(Map.of("version", version(form, "accueil"), "reset", "home.fr.heroTitle"));
            form.select("#accueil input[name^=home.]").forEach(input -> fields.put(input.attr("name"), input.val()));
            HttpResponse<String> reset = own.postForm("/admin/territoire/accueil", session, fields);
            assertThat(BackOfficeMarket.location(reset)).isEqualTo("/admin/territoire?ok=territory-reset");
            home = parse(own.get("/"));
            assertThat(home.select("h1#hero-title").text()).isEqualTo(FOLDER_TITLE);
            assertThat(home.select(".announcement a").text()).as("the other fields as they were").isEqualTo("Happy Kdo Booster : jusqu’au 28 février");

            // every change in the history, newest first, with who made it
            Document history = parse(own.get("/admin/territoire", session));
            assertThat(history.select("#settings-history tbody tr").first().select("th").text()).isEqualTo("Accueil (Français), Titre");
            List<String> latest = history.select("#settings-history tbody tr").first().select("td").eachText();
            assertThat(latest.get(1)).as("who").startsWith("Claire Territoire · claire.territoire");
            assertThat(latest.subList(2, 4)).containsExactly("Le Happy Kdo Booster est arrivé", "(texte du dossier)");
            assertThat(history.select("#settings-history tbody th").eachText()).contains("Boutiques à la une", "Accueil (Français), Bandeau d’annonce");
        }
    }

    @Test
    void theContactSetThroughTheApiShowsInTheFooterTheLegalPagesAndThePublicApi() {
        JsonNode read = BackOfficeMarket.json(market.apiGet(SETTINGS, admin));
        assertThat(read.get("defaults").get("contact").get("email").asText()).isEqualTo(FOLDER_EMAIL);
        assertThat(read.get("defaults").get("home").get("fr").get("heroTitle").asText()).isEqualTo(FOLDER_TITLE);
        String body = """
                {"version": %d, "home": {"fr": {"heroTitle": null}}, "contact": {"email": "commerce@ca-stomer.example", "phone": "03 21 98 76 54",
                 "address": "Maison de l’économie, 2 rue Saint-Bertin, 62500 Saint-Omer"}, "featuredShops": [%d]}"""
                .formatted(read.get("version").asLong(), c.martin.id().value());
        HttpResponse<String> saved = market.api("PUT", SETTINGS, admin, body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(BackOfficeMarket.json(saved).get("contact").get("phone").asText()).isEqualTo("03 21 98 76 54");
        assertThat(BackOfficeMarket.json(saved).get("version").asLong()).isEqualTo(read.get("version").asLong() + 1);

        Document home = parse(market.get("/"));
        assertThat(home.select(".site-footer__contact a[href^=mailto]").text()).isEqualTo("commerce@ca-stomer.example");
        assertThat(home.select(".site-footer__contact a[href^=tel]").attr("href")).isEqualTo("tel:0321987654");
        assertThat(home.select(".site-footer__contact").text()).contains("2 rue Saint-Bertin");
        Document legal = parse(market.get("/mentions-legales"));
        assertThat(legal.select(".prose").text()).contains("commerce@ca-stomer.example, 03 21 98 76 54").doesNotContain(FOLDER_EMAIL, "{{");
        JsonNode territory = BackOfficeMarket.json(market.get("/api/v1/territory"));
        assertThat(territory.get("contact").get("email").asText()).isEqualTo("commerce@ca-stomer.example");
        assertThat(territory.get("home").get("fr").get("heroTitle").asText()).isEqualTo(FOLDER_TITLE);
        assertThat(territory.get("featuredShops")).extracting(shop -> shop.get("name").asText()).containsExactly(c.martin.name());

        // the same again is no change, whatever the version: a retried PUT succeeds
        HttpResponse<String> retried = market.api("PUT", SETTINGS, admin, body);
        assertThat(retried.statusCode()).isEqualTo(200);
        long version = read.get("version").asLong() + 1;
        JsonNode history = BackOfficeMarket.json(market.apiGet(SETTINGS + "/history?size=10", admin));
        assertThat(history.get("size").asInt()).isEqualTo(10);
        assertThat(history.get("items").get(0).get("version").asLong()).as("newest first").isEqualTo(version);
        List<JsonNode> changes = new java.util.ArrayList<>();
        history.get("items").forEach(change -> {
            if (change.get("version").asLong() == version) {
                changes.add(change);
            }
        });
        assertThat(changes).extracting(change -> change.get("field").asText()).contains("contact.email", "contact.phone", "contact.address");
        assertThat(changes).allSatisfy(change -> assertThat(change.get("actor").asText()).startsWith("account:"));
        JsonNode second = BackOfficeMarket.json(market.apiGet(SETTINGS + "/history?size=1&page=1", admin));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(history.get("items").get(1).get("id").asLong());
        assertThat(second.get("total").asInt()).isEqualTo(history.get("total").asInt());
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndChangeNothing() {
        TerritorySettings before = market.engine.territory().settings();
        long version = before.version();
        assertRefused(market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {}, "contact": {"email": "pas-une-adresse"}, "featuredShops": []}""".formatted(version)),
                "contact.email", "invalid_email");
        assertRefused(market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {"fr": {"heroTitle": "%s"}}, "contact": {}, "featuredShops": []}""".formatted(version, "x".repeat(121))),
                "home.fr.heroTitle", "text_too_long");
        assertRefused(market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {"de": {"heroTitle": "Willkommen"}}, "contact": {}, "featuredShops": []}""".formatted(version)),
                "home.de", "invalid_language");
        // a code never made of a key the client wrote (it was invalid_fr)
        assertRefused(market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {"fr": "Bienvenue"}, "contact": {}, "featuredShops": []}""".formatted(version)),
                "home.fr", "invalid_home");
        assertRefused(market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {}, "contact": {}, "featuredShops": [%d]}""".formatted(version, c.training.id().value())),
                "featuredShops[0]", "shop_not_live");
        assertRefused(market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {}, "contact": {}, "featuredShops": [%d, %d]}""".formatted(version, c.martin.id().value(), c.martin.id().value())),
                "featuredShops[1]", "duplicate_shop");
        assertRefused(market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {}, "contact": {}, "featuredShops": [999999]}""".formatted(version)), "featuredShops[0]", "unknown_shop");
        assertRefused(market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {}, "contact": {}}""".formatted(version)), "featuredShops", "invalid_featuredShops");

        HttpResponse<String> page = market.postForm("/admin/territoire/contact", admin, Map.of("version", Long.toString(version),
                "contact.email", "bonjour@territoire.example", "contact.phone", "03 21 AB CD EF"));
        assertThat(page.statusCode()).isEqualTo(400);
        Document refused = parse(page);
        assertThat(refused.select(".notice--problem .notice__message").text()).contains("Rien n’a été enregistré", "Contact, Téléphone");
        assertThat(refused.select("#territory-contact-phone-error").text()).contains("ce numéro n’est pas valide");
        assertThat(refused.select("#territory-contact-phone").val()).as("what was typed stays").isEqualTo("03 21 AB CD EF");
        assertThat(refused.select("#territory-contact-email").val()).isEqualTo("bonjour@territoire.example");
        HttpResponse<String> notLive = market.postForm("/admin/territoire/a-la-une", admin, Map.of("version", Long.toString(version),
                "add", c.training.id().toString(), "action", "add"));
        assertThat(notLive.statusCode()).isEqualTo(400);
        assertThat(parse(notLive).select("#featured-error").text()).contains("seule une boutique en ligne");

        assertThat(market.engine.territory().settings()).isEqualTo(before);
    }

    @Test
    void aSaveAfterSomeoneElsesIsRefusedWithWhatWasTypedKept() {
        long read = market.engine.territory().settings().version();
        HttpResponse<String> first = market.postForm("/admin/territoire/accueil", admin, Map.of("version", Long.toString(read),
                "home.fr.heroLead", "Première version de l’accroche " + read));
        assertThat(first.statusCode()).isEqualTo(303);

        HttpResponse<String> second = market.postForm("/admin/territoire/accueil", admin, Map.of("version", Long.toString(read),
                "home.fr.heroLead", "Seconde version de l’accroche " + read));
        assertThat(second.statusCode()).isEqualTo(409);
        Document page = parse(second);
        assertThat(page.select(".notice--problem .notice__message").text()).contains("pendant que vous les modifiiez");
        assertThat(page.select("#territory-fr-heroLead").val()).isEqualTo("Seconde version de l’accroche " + read);
        assertThat(page.select("#accueil input[name=version]").val()).as("the form now carries the version saved")
                .isEqualTo(Long.toString(read + 1));
        assertThat(market.engine.territory().settings().homeTexts("fr").heroLead()).contains("Première version de l’accroche " + read);

        HttpResponse<String> stale = market.api("PUT", SETTINGS, admin, """
                {"version": %d, "home": {"fr": {"heroLead": "Par l’API"}}, "contact": {}, "featuredShops": []}""".formatted(read));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(BackOfficeMarket.json(stale).get("error").asText()).isEqualTo("stale_settings");
    }

    @Test
    void onlyTheTerritorysAdminsReadOrChangeTheSettings() {
        Session shopper = market.session(market.shopper("Camille Cliente"));
        Session staff = market.session(market.staffOf("Sam Martin", c.martin));
        for (Session other : List.of(shopper, staff)) {
            assertThat(market.apiGet(SETTINGS, other).statusCode()).isEqualTo(403);
            assertThat(market.apiGet(SETTINGS + "/history", other).statusCode()).isEqualTo(403);
            assertThat(market.api("PUT", SETTINGS, other, "{\"version\": 0, \"home\": {}, \"contact\": {}, \"featuredShops\": []}")
                    .statusCode()).isEqualTo(403);
            assertThat(market.get("/admin/territoire", other).statusCode()).isEqualTo(403);
            assertThat(market.postForm("/admin/territoire/contact", other, Map.of("version", "0", "contact.email", "pirate@example.org"))
                    .statusCode()).isEqualTo(403);
        }
        assertThat(market.get(SETTINGS).statusCode()).isEqualTo(401);
        assertThat(market.engine.territory().settings().contact().email()).isNotEqualTo(java.util.Optional.of("pirate@example.org"));
    }

    @Test
    void aShopThatIsNotLiveCannotBeFeaturedFromItsPageEither() {
        Document page = parse(market.get("/admin/boutiques/" + c.training.id(), admin));
        assertThat(page.select("form[action$=/une]")).as("no button for it").isEmpty();
        HttpResponse<String> forced = market.postForm("/admin/boutiques/" + c.training.id() + "/une", admin, Map.of("featured", "true"));
        assertThat(forced.statusCode()).isEqualTo(409);
        assertThat(parse(forced).select(".notice--problem .notice__message").text()).contains("Seule une boutique en ligne");
        assertThat(market.engine.merchants().require(c.training.id()).featured()).isFalse();
    }

    private static List<String> featuredOnTheHomePage(BackOfficeMarket on) {
        return parse(on.get("/")).select(".card-grid--shops .shop-card__title").eachText();
    }

    private static String version(Document page, String section) {
        return page.select("#" + section + " input[name=version]").val();
    }

    private static void assertRefused(HttpResponse<String> response, String field, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = BackOfficeMarket.json(response);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("error").asText()).isEqualTo(code);
    }
}
