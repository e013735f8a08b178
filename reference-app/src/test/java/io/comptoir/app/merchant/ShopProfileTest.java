package io.comptoir.app.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.Pictures;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.Iban;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** What a shop says about itself: profile and weekly hours, photo, fulfilment options, bank details. */
final class ShopProfileTest {

    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Session staff;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        staff = market.session(market.staffOf("Paul Apiculteur", c.rucher));
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    private static String shop() {
        return "/espace-commercant/" + c.rucher.id();
    }

    private static Map<String, String> profileForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("trade", "Apiculteur récoltant");
        form.put("description", "Nos ruches sont dans le marais audomarois depuis trois générations.");
        form.put("email", "miel@rucher.example");
        form.put("phone", "03 21 00 00 00");
        form.put("website", "https://rucher.example");
        form.put("slots", "2");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            for (int slot = 0; slot < 2; slot++) {
                form.put("hours." + day + "." + slot + ".opens", "");
                form.put("hours." + day + "." + slot + ".closes", "");
            }
        }
        return form;
    }

    @EachDatabase
    void theWeeklyHoursFormBecomesTheShopsOpeningHours(TestDatabase db) {
        try (BackOfficeMarket own = BackOfficeMarket.start(db)) {
            Merchant shop = own.catalogue.rucher;
            Session session = own.session(own.staffOf("Paul Apiculteur", shop));
            Document page = parse(own.get("/espace-commercant/" + shop.id() + "/profil", session));
            assertThat(page.select("input[name=hours.MONDAY.0.opens]").attr("value")).isEqualTo("08:00");
            assertThat(page.select("input[name=hours.MONDAY.0.closes]").attr("value")).isEqualTo("18:00");
            Map<String, String> form = profileForm();
            for (String day : List.of("TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
                form.put("hours." + day + ".0.opens", "09:00");
                form.put("hours." + day + ".0.closes", "12:30");
                form.put("hours." + day + ".1.opens", "14:00");
                form.put("hours." + day + ".1.closes", "19:00");
            }
            form.put("hours.SATURDAY.0.opens", "9h00");
            form.put("hours.SATURDAY.0.closes", "17:00");

            HttpResponse<String> response = own.postForm("/espace-commercant/" + shop.id() + "/profil", session, form);

            assertThat(response.statusCode()).isEqualTo(303);
            Merchant saved = own.engine.merchants().require(shop.id());
            assertThat(saved.openingHours()).isEqualTo(OpeningHours.parse("Tu-Fr 09:00-12:30,14:00-19:00; Sa 09:00-17:00"));
            assertThat(saved.trade()).isEqualTo("Apiculteur récoltant");
            assertThat(saved.description()).startsWith("Nos ruches");
            assertThat(saved.contact().website()).isEqualTo("https://rucher.example");
            assertThat(saved.name()).as("the identity stays").isEqualTo(shop.name());
            assertThat(own.get("/boutiques/" + shop.id() + "-" + shop.slug()).body()).contains("14h00 – 19h00");
        }
    }

    @Test
    void aHalfFilledOrBackwardsSlotComesBackOnItsFieldAndNothingChanges() {
        OpeningHours before = market.engine.merchants().require(c.rucher.id()).openingHours();
        Map<String, String> form = profileForm();
        form.put("hours.WEDNESDAY.1.opens", "14:00");

        HttpResponse<String> half = market.postForm(shop() + "/profil", staff, form);

        assertThat(half.statusCode()).isEqualTo(400);
        Document page = parse(half);
        assertThat(page.select("input[name=hours.WEDNESDAY.1.closes]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input[name=hours.WEDNESDAY.1.opens]").attr("value")).isEqualTo("14:00");
        assertThat(page.select(".notice--problem").text()).contains("heure de fermeture");

        form.put("hours.WEDNESDAY.1.closes", "13:00");
        HttpResponse<String> backwards = market.postForm(shop() + "/profil", staff, form);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(parse(backwards).select("input[name=hours.WEDNESDAY.1.closes]").attr("aria-invalid")).isEqualTo("true");

        form.put("hours.WEDNESDAY.0.opens", "09:00");
        form.put("hours.WEDNESDAY.0.closes", "15:00");
        form.put("hours.WEDNESDAY.1.closes", "18:00");
        HttpResponse<String> overlap = market.postForm(shop() + "/profil", staff, form);
        assertThat(overlap.statusCode()).isEqualTo(400);
        assertThat(parse(overlap).select(".notice--problem").text()).contains("chevauchent");

        form.put("hours.WEDNESDAY.1.opens", "25:00");
        assertThat(market.postForm(shop() + "/profil", staff, form).statusCode()).isEqualTo(400);
        form.put("hours.WEDNESDAY.1.opens", "16:00");
        form.put("website", "javascript:alert(1)");
        HttpResponse<String> website = market.postForm(shop() + "/profil", staff, form);
        assertThat(website.statusCode()).isEqualTo(400);
        assertThat(parse(website).select("#profile-website").attr("aria-invalid")).isEqualTo("true");
        assertThat(market.engine.merchants().require(c.rucher.id()).openingHours()).isEqualTo(before);
    }

    @Test
    void theShopPhotoIsUploadedWithItsDescriptionReplacedAndRemoved() {
        HttpResponse<String> first = market.upload(shop() + "/profil/photo", staff, Map.of("alt", "La miellerie et ses ruches"), "rucher.jpg",
                "image/jpeg", Pictures.JPEG, false);
        assertThat(first.statusCode()).isEqualTo(303);
        String firstKey = market.engine.merchants().require(c.rucher.id()).photo().orElseThrow().assetKey();

        market.upload(shop() + "/profil/photo", staff, Map.of("alt", "La vitrine"), "vitrine.png", "image/png", Pictures.PNG, false);

        Merchant shop = market.engine.merchants().require(c.rucher.id());
        assertThat(shop.photo().orElseThrow().altText()).isEqualTo("La vitrine");
        assertThat(market.engine.assets().get(firstKey)).as("the replaced picture is deleted").isEmpty();
        assertThat(parse(market.get(shop() + "/profil", staff)).select("img.bo-photo").attr("alt")).isEqualTo("La vitrine");

        HttpResponse<String> svg = market.upload(shop() + "/profil/photo", staff, Map.of("alt", "x"), "x.svg", "image/svg+xml", Pictures.SVG, false);
        assertThat(svg.statusCode()).isEqualTo(400);
        assertThat(market.engine.merchants().require(c.rucher.id()).photo()).isEqualTo(shop.photo());

        assertThat(market.postForm(shop() + "/profil/photo/retirer", staff, Map.of()).statusCode()).isEqualTo(303);
        assertThat(market.engine.merchants().require(c.rucher.id()).photo()).isEmpty();
    }

    @Test
    void fulfilmentOptionsAreSetWithTheFormAndTheApi() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(new AbstractMap.SimpleEntry<>("clickAndCollect", "true"));
        fields.add(new AbstractMap.SimpleEntry<>("delivery", "true"));
        fields.add(new AbstractMap.SimpleEntry<>("fee", "3,50"));
        fields.add(new AbstractMap.SimpleEntry<>("freeFrom", "40"));
        fields.add(new AbstractMap.SimpleEntry<>("communes", TestCatalogue.ARQUES));
        fields.add(new AbstractMap.SimpleEntry<>("communes", TestCatalogue.SAINT_OMER));

        HttpResponse<String> saved = market.postForm(shop() + "/retrait-livraison", staff, fields);

        assertThat(saved.statusCode()).isEqualTo(303);
        FulfilmentOptions options = market.engine.merchants().fulfilment(c.rucher.id());
        assertThat(options.clickAndCollect()).isTrue();
        LocalDelivery delivery = options.delivery().orElseThrow();
        assertThat(delivery.fee()).isEqualTo(Money.euros(350));
        assertThat(delivery.freeFrom()).contains(Money.euros(4000));
        assertThat(delivery.communes()).containsExactlyInAnyOrder(TestCatalogue.ARQUES, TestCatalogue.SAINT_OMER);
        Document page = parse(market.get(shop() + "/retrait-livraison", staff));
        assertThat(page.select("#f-fee").attr("value")).isEqualTo("3,50");
        assertThat(page.select("#f-commune-" + TestCatalogue.ARQUES).hasAttr("checked")).isTrue();
        assertThat(page.select("#f-commune-" + TestCatalogue.LUMBRES).hasAttr("checked")).isFalse();

        HttpResponse<String> neither = market.postForm(shop() + "/retrait-livraison", staff, Map.of("fee", "2"));
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(parse(neither).select("#f-collect").attr("aria-invalid")).isEqualTo("true");
        HttpResponse<String> noCommune = market.postForm(shop() + "/retrait-livraison", staff, Map.of("delivery", "true", "fee", "2"));
        assertThat(noCommune.statusCode()).isEqualTo(400);
        assertThat(parse(noCommune).select("#f-communes-error").text()).contains("commune");
        assertThat(market.engine.merchants().fulfilment(c.rucher.id())).isEqualTo(options);

        JsonNode viaApi = BackOfficeMarket.json(market.api("PUT", "/api/v1/merchant/" + c.rucher.id() + "/fulfilment", staff,
                "{\"clickAndCollect\": false, \"delivery\": {\"fee\": {\"amount\": 0}, \"communes\": [\"" + TestCatalogue.LUMBRES + "\"]}}"));
        assertThat(viaApi.get("clickAndCollect").asBoolean()).isFalse();
        assertThat(viaApi.get("delivery").get("communes")).extracting(JsonNode::asText).containsExactly(TestCatalogue.LUMBRES);
        assertThat(viaApi.get("delivery").get("freeFrom").isNull()).isTrue();
        HttpResponse<String> unknownCommune = market.api("PUT", "/api/v1/merchant/" + c.rucher.id() + "/fulfilment", staff,
                "{\"clickAndCollect\": true, \"delivery\": {\"fee\": {\"amount\": 100}, \"communes\": [\"62765\", \"75056\"]}}");
        assertThat(unknownCommune.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(unknownCommune).get("field").asText()).isEqualTo("delivery.communes[1]");
        assertThat(market.engine.merchants().fulfilment(c.rucher.id()).clickAndCollect()).isFalse();
    }

    @Test
    void aWrongIbanIsRefusedNamingItAndAGoodOneIsOnlyEverShownMasked() {
        HttpResponse<String> wrong = market.postForm(shop() + "/banque", staff,
                Map.of("holder", "Le Rucher d’Arques", "iban", "FR76 3000 6000 0112 3456 7890 188", "bic", ""));

        assertThat(wrong.statusCode()).isEqualTo(400);
        Document page = parse(wrong);
        assertThat(page.select("#bank-iban").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#bank-iban-error").text()).contains("IBAN");
        assertThat(market.engine.merchants().payoutAccount(c.rucher.id())).isEmpty();

        HttpResponse<String> apiWrong = market.api("PUT", "/api/v1/merchant/" + c.rucher.id() + "/payout-account", staff,
                "{\"holder\": \"Le Rucher\", \"iban\": \"FR00 1234\"}");
        assertThat(apiWrong.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(apiWrong).get("field").asText()).isEqualTo("iban");
        assertThat(BackOfficeMarket.json(apiWrong).get("error").asText()).isEqualTo("invalid_iban");

        HttpResponse<String> good = market.postForm(shop() + "/banque", staff,
                Map.of("holder", "Le Rucher d’Arques", "iban", TestCatalogue.GOOD_IBAN, "bic", "agrifrpp"));
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(market.engine.merchants().payoutAccount(c.rucher.id())).contains(new BankAccount("Le Rucher d’Arques", TestCatalogue.GOOD_IBAN, "AGRIFRPP"));
        HttpResponse<String> shown = market.get(shop() + "/banque", staff);
        assertThat(shown.body()).doesNotContain(Iban.normalise(TestCatalogue.GOOD_IBAN)).doesNotContain("0112 3456").contains("FR76 •••• •••• 0189");
        assertThat(parse(shown).select("#bank-iban").attr("value")).isEmpty();
        JsonNode api = BackOfficeMarket.json(market.apiGet("/api/v1/merchant/" + c.rucher.id() + "/payout-account", staff));
        assertThat(api.get("configured").asBoolean()).isTrue();
        assertThat(api.get("iban").asText()).isEqualTo("FR76 •••• •••• 0189");
        assertThat(api.toString()).doesNotContain("3456");
    }

    @Test
    void theProfileApiChangesOnlyTheFieldsItIsGiven() {
        JsonNode before = BackOfficeMarket.json(market.apiGet("/api/v1/merchant/" + c.lumbroise.id() + "/profile",
                market.session(market.staffOf("Lou Lumbroise", c.lumbroise))));
        Session lumbroise = market.session(market.staffOf("Lou Lumbroise", c.lumbroise));

        JsonNode after = BackOfficeMarket.json(market.api("PUT", "/api/v1/merchant/" + c.lumbroise.id() + "/profile", lumbroise,
                "{\"openingHours\": {\"days\": [{\"day\": \"SATURDAY\", \"ranges\": [{\"opens\": \"10:00\", \"closes\": \"18:00\"}]}]},"
                        + " \"contact\": {\"phone\": \"03 21 11 22 33\"}}"));

        assertThat(after.get("openingHours").get("text").asText()).isEqualTo("Sa 10:00-18:00");
        assertThat(after.get("contact").get("phone").asText()).isEqualTo("03 21 11 22 33");
        assertThat(after.get("description")).isEqualTo(before.get("description"));
        assertThat(after.get("trade")).isEqualTo(before.get("trade"));
        HttpResponse<String> badHours = market.api("PUT", "/api/v1/merchant/" + c.lumbroise.id() + "/profile", lumbroise,
                "{\"openingHours\": {\"text\": \"Mo 18:00-09:00\"}}");
        assertThat(badHours.statusCode()).isEqualTo(400);
        assertThat(BackOfficeMarket.json(badHours).get("field").asText()).isEqualTo("openingHours.text");
        assertThat(market.engine.merchants().require(c.lumbroise.id()).openingHours().toText()).isEqualTo("Sa 10:00-18:00");
    }

    /** The engine names a contact's parts flat; the API answers with their path in the request. */
    @Test
    void theProfileApiNamesAFieldAtFaultByItsPathAndChangesNothing() {
        Session lou = market.session(market.staffOf("Lou Lumbroise", c.lumbroise));
        String path = "/api/v1/merchant/" + c.lumbroise.id() + "/profile";
        Merchant before = market.engine.merchants().require(c.lumbroise.id());
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("{\"contact\": {\"email\": \"x\"}}", "contact.email");
        // a control character: the mailer would refuse every order mail to it
        refused.put("{\"contact\": {\"email\": \"a\\u0001@b.fr\"}}", "contact.email");
        refused.put("{\"contact\": {\"website\": \"ftp://rucher.example\"}}", "contact.website");
        refused.put("{\"contact\": {\"phone\": \"pas un numéro\"}}", "contact.phone");
        for (Map.Entry<String, String> body : refused.entrySet()) {
            HttpResponse<String> response = market.api("PUT", path, lou, body.getKey());
            assertThat(response.statusCode()).as(body.getKey()).isEqualTo(400);
            assertThat(BackOfficeMarket.json(response).get("field").asText()).as(body.getKey()).isEqualTo(body.getValue());
        }
        assertThat(BackOfficeMarket.json(market.api("PUT", path, lou, "{\"contact\": {\"email\": \"x\"}}")).get("error").asText())
                .isEqualTo("invalid_email");
        assertThat(market.engine.merchants().require(c.lumbroise.id()).contact()).isEqualTo(before.contact());
    }
}
