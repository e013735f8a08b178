package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;
import io.comptoir.training.api.ShopApplications;
import org.jsoup.nodes.Document;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The public application to join (page and API) and the territory's review of applications. */
final class ApplicationsWebTest {

    private static Map<String, String> fields(String siret, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("shopName", "Fleurs de l’Aa");
        fields.put("siret", siret);
        fields.put("trade", "Fleuriste");
        fields.put("street", "3 place Foch");
        fields.put("postalCode", "62500");
        fields.put("communeInsee", "62765");
        fields.put("contactName", "Camille Fleur");
        fields.put("contactEmail", email);
        fields.put("contactPhone", "03 21 00 00 00");
        fields.put("message", "");
        return fields;
    }

    private static HttpResponse<String> postAnonymousForm(TrainingWorld world, String path, Map<String, String> fields, boolean withCsrf) {
        HttpResponse<String> form = world.market.get(path);
        String cookie = form.headers().allValues("Set-Cookie").stream().map(value -> value.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElse("");
        Document page = PageChecks.parse(form);
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withCsrf) {
            all.put("_csrf", page.selectFirst("input[name=_csrf]").attr("value"));
        }
        return world.market.send(HttpRequest.newBuilder(world.market.uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(BackOfficeMarket.formBody(all))).build());
    }

    private static int pending(TrainingWorld world) {
        return world.service(ShopApplications.class).countByStatus(Actor.account(world.admin.id().value())).get(ApplicationStatus.PENDING);
    }

    @EachDatabase
    void aShopAppliesOnThePublicPageWithoutScriptSeesItsMistakesNextToTheFieldsAndTheAdminApprovesIt(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            HttpResponse<String> form = world.market.get("/rejoindre");
            assertThat(form.statusCode()).isEqualTo(200);
            Document page = PageChecks.parse(form);
            PageChecks.assertAccessible(page, "fr");
            assertThat(page.select("select[name=communeInsee] option")).hasSizeGreaterThan(1);

            String siret = TrainingWorld.siret();
            String wrongKey = siret.substring(0, 13) + ((siret.charAt(13) - '0' + 1) % 10);
            HttpResponse<String> refused = postAnonymousForm(world, "/rejoindre", fields(wrongKey, "fleurs@example.org"), true);
            assertThat(refused.statusCode()).isEqualTo(400);
            Document again = PageChecks.parse(refused);
            assertThat(again.selectFirst("#f-siret-error").text()).contains("SIRET");
            assertThat(again.selectFirst("#f-siret").attr("aria-invalid")).isEqualTo("true");
            assertThat(again.selectFirst("#f-shopName").attr("value")).isEqualTo("Fleurs de l’Aa");
            PageChecks.assertAccessible(again, "fr");
            Map<String, String> badCommune = fields(siret, "fleurs@example.org");
            badCommune.put("communeInsee", "75056");
            assertThat(PageChecks.parse(postAnonymousForm(world, "/rejoindre", badCommune, true)).selectFirst("#f-communeInsee-error"))
                    .isNotNull();
            assertThat(postAnonymousForm(world, "/rejoindre", fields(siret, "fleurs@example.org"), false).statusCode()).isEqualTo(403);
            assertThat(pending(world)).isZero();

            HttpResponse<String> sent = postAnonymousForm(world, "/rejoindre", fields(siret.substring(0, 3) + " " + siret.substring(3), "Fleurs@Example.org"), true);
            assertThat(sent.statusCode()).isEqualTo(303);
            assertThat(BackOfficeMarket.location(sent)).isEqualTo("/rejoindre/merci");
            HttpResponse<String> thanks = world.market.get("/rejoindre/merci");
            assertThat(thanks.statusCode()).isEqualTo(200);
            assertThat(PageChecks.parse(thanks).selectFirst("h1").text()).isEqualTo("Candidature envoyée");
            PageChecks.assertAccessible(PageChecks.parse(thanks), "fr");
            assertThat(pending(world)).isEqualTo(1);
            HttpResponse<String> twice = postAnonymousForm(world, "/rejoindre", fields(siret, "autre@example.org"), true);
            assertThat(twice.statusCode()).isEqualTo(409);
            assertThat(PageChecks.parse(twice).selectFirst("#f-siret-error").text()).contains("déjà");

            HttpResponse<String> list = world.market.get("/admin/candidatures", world.adminSession);
            assertThat(list.statusCode()).isEqualTo(200);
            Document listPage = PageChecks.parse(list);
            PageChecks.assertAccessible(listPage, "fr");
            String detailUrl = listPage.selectFirst("a:containsOwn(Fleurs de l’Aa)").attr("href");
            Document detail = PageChecks.parse(world.market.get(detailUrl, world.adminSession));
            PageChecks.assertAccessible(detail, "fr");
            assertThat(detail.text()).contains(siret.substring(0, 3) + " " + siret.substring(3, 6), "fleurs@example.org");

            HttpResponse<String> approved = world.market.postForm(detailUrl + "/approuver", world.adminSession, Map.of());
            assertThat(approved.statusCode()).isEqualTo(303);
            ShopApplication application = world.service(ShopApplications.class)
                    .list(Optional.of(ApplicationStatus.APPROVED), 0, 10, Actor.account(world.admin.id().value())).get(0);
            Merchant shop = world.market.engine.merchants().require(application.merchant().orElseThrow());
            assertThat(shop.status()).isEqualTo(MerchantStatus.ONBOARDING);
            assertThat(world.market.engine.accounts().account(application.staffAccount().orElseThrow()).orElseThrow().isStaffOf(shop.id().value()))
                    .isTrue();
            List<SentMail> mails = world.market.engine.mailOutbox().sentTo("fleurs@example.org", 10);
            assertThat(mails).anyMatch(mail -> mail.mail().body().contains("jeton="));
            assertThat(world.market.postForm(detailUrl + "/approuver", world.adminSession, Map.of()).statusCode()).isEqualTo(409);
        }
    }

    @EachDatabase
    void theApplicationApiNamesTheFieldAtFaultAndStoresNothingUntilTheFormIsRight(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            String siret = TrainingWorld.siret();
            Map<String, String> wrong = new LinkedHashMap<>();
            wrong.put("shopName", "");
            wrong.put("siret", "12345678901234");
            wrong.put("trade", "x".repeat(201));
            wrong.put("street", "");
            wrong.put("postalCode", "6250");
            wrong.put("communeInsee", "75056");
            wrong.put("contactName", "");
            wrong.put("contactEmail", "pas-une-adresse");
            wrong.put("contactPhone", "abc");
            for (Map.Entry<String, String> bad : wrong.entrySet()) {
                Map<String, String> body = fields(siret, "api@example.org");
                body.put(bad.getKey(), bad.getValue());
                HttpResponse<String> response = anonymousJson(world, "/api/v1/applications", json(body));
                assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
                assertThat(BackOfficeMarket.json(response).get("field").asText()).isEqualTo(bad.getKey());
            }
            Map<String, String> missing = fields(siret, "api@example.org");
            missing.remove("contactPhone");
            JsonNode missingError = BackOfficeMarket.json(anonymousJson(world, "/api/v1/applications", json(missing)));
            assertThat(missingError.get("field").asText()).isEqualTo("contactPhone");
            assertThat(anonymousJson(world, "/api/v1/applications", "{\"shopName\": ").statusCode()).isEqualTo(400);
            assertThat(world.market.send(HttpRequest.newBuilder(world.market.uri("/api/v1/applications"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(json(fields(siret, "a@example.org"))))
                    .build()).statusCode()).isEqualTo(415);
            assertThat(pending(world)).isZero();

            HttpResponse<String> created = anonymousJson(world, "/api/v1/applications", json(fields(siret, "api@example.org")));
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(BackOfficeMarket.json(created).get("status").asText()).isEqualTo("PENDING");
            HttpResponse<String> duplicate = anonymousJson(world, "/api/v1/applications", json(fields(siret, "api2@example.org")));
            assertThat(duplicate.statusCode()).isEqualTo(409);
            assertThat(BackOfficeMarket.json(duplicate).get("error").asText()).isEqualTo("application_exists");
            assertThat(pending(world)).isEqualTo(1);
        }
    }

    @EachDatabase
    void theApplicantIsAnsweredInTheLanguageTheFormWasFilledIn(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            HttpResponse<String> sent = postAnonymousForm(world, "/rejoindre?lang=en", fields(TrainingWorld.siret(), "tea@example.org"), true);
            assertThat(sent.statusCode()).isEqualTo(303);
            assertThat(world.market.engine.mailOutbox().sentTo("tea@example.org", 5)).singleElement().satisfies(mail -> {
                assertThat(mail.mail().subject()).isEqualTo("We have received your application to join the marketplace");
                assertThat(mail.mail().body()).startsWith("Hello Camille Fleur,").contains("\"Fleurs de l’Aa\"");
            });
            assertThat(postAnonymousForm(world, "/rejoindre", fields(TrainingWorld.siret(), "fleurs@example.org"), true).statusCode())
                    .isEqualTo(303);
            assertThat(world.market.engine.mailOutbox().sentTo("fleurs@example.org", 5)).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().subject()).isEqualTo("Nous avons bien reçu votre demande d'adhésion"));

            Map<String, String> english = fields(TrainingWorld.siret(), "api@example.org");
            english.put("language", "en");
            HttpResponse<String> created = anonymousJson(world, "/api/v1/applications", json(english));
            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode stored = BackOfficeMarket.json(world.market.apiGet("/api/v1/admin/applications/" + BackOfficeMarket.json(created).get("id").asLong(),
                    world.adminSession));
            assertThat(stored.get("language").asText()).isEqualTo("en");
            assertThat(world.market.engine.mailOutbox().sentTo("api@example.org", 5)).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).startsWith("Hello Camille Fleur,"));
            Map<String, String> unknown = fields(TrainingWorld.siret(), "api2@example.org");
            unknown.put("language", "de");
            HttpResponse<String> refused = anonymousJson(world, "/api/v1/applications", json(unknown));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(BackOfficeMarket.json(refused).get("field").asText()).isEqualTo("language");
            assertThat(pending(world)).isEqualTo(3);
        }
    }

    @EachDatabase
    void theTerritorysDashboardCountsTheApplicationsItsReviewPageLists(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            ShopApplications applications = world.service(ShopApplications.class);
            applications.apply(TrainingWorld.form("Cave du Marais", TrainingWorld.siret(), "cave@example.org"));
            Document one = PageChecks.parse(world.market.get("/admin", world.adminSession));
            assertThat(one.select(".stat a[href=/admin/candidatures]").text()).isEqualTo("1 candidature à examiner");
            applications.apply(TrainingWorld.form("Fleurs de l’Aa", TrainingWorld.siret(), "fleurs@example.org"));
            applications.apply(TrainingWorld.form("Cordonnerie du Marais", TrainingWorld.siret(), "cordo@example.org"));
            Document three = PageChecks.parse(world.market.get("/admin", world.adminSession));
            assertThat(three.select(".stat a[href=/admin/candidatures]").text()).isEqualTo("3 candidatures à examiner");
            assertThat(pending(world)).isEqualTo(3);
            Document english = PageChecks.parse(world.market.get("/admin?lang=en", world.adminSession));
            assertThat(english.select(".stat a[href=/admin/candidatures]").text()).isEqualTo("3 applications to review");
        }
    }

    @EachDatabase
    void onlyTerritoryAdminsReviewApplicationsAndARejectionNeedsAReason(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            ShopApplication application = world.service(ShopApplications.class)
                    .apply(TrainingWorld.form("Cave du Marais", TrainingWorld.siret(), "cave@example.org"));
            String api = "/api/v1/admin/applications/" + application.id();
            String page = "/admin/candidatures/" + application.id();
            TrainingWorld.Shop other = world.approvedShop("Boulangerie Voisine");
            for (Session notAdmin : List.of(other.session(), world.trainerSession)) {
                assertThat(world.market.apiGet("/api/v1/admin/applications", notAdmin).statusCode()).isEqualTo(403);
                assertThat(world.market.api("POST", api + "/approve", notAdmin, null).statusCode()).isEqualTo(403);
                assertThat(world.market.api("POST", api + "/reject", notAdmin, "{\"reason\": \"Non\"}").statusCode()).isEqualTo(403);
                assertThat(world.market.get(page, notAdmin).statusCode()).isEqualTo(403);
                assertThat(world.market.postForm(page + "/approuver", notAdmin, Map.of()).statusCode()).isEqualTo(403);
            }
            assertThat(world.market.get("/api/v1/admin/applications").statusCode()).isEqualTo(401);

            JsonNode list = BackOfficeMarket.json(world.market.apiGet("/api/v1/admin/applications?status=PENDING", world.adminSession));
            assertThat(list.get("total").asInt()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("shopName").asText()).isEqualTo("Cave du Marais");
            JsonNode badStatus = BackOfficeMarket.json(world.market.apiGet("/api/v1/admin/applications?status=MAYBE", world.adminSession));
            assertThat(badStatus.get("field").asText()).isEqualTo("status");
            assertThat(world.market.apiGet("/api/v1/admin/applications/0", world.adminSession).statusCode()).isEqualTo(400);
            assertThat(world.market.apiGet("/api/v1/admin/applications/99999", world.adminSession).statusCode()).isEqualTo(404);

            HttpResponse<String> noReason = world.market.api("POST", api + "/reject", world.adminSession, "{\"reason\": \"\"}");
            assertThat(noReason.statusCode()).isEqualTo(400);
            assertThat(BackOfficeMarket.json(noReason).get("field").asText()).isEqualTo("reason");
            HttpResponse<String> noReasonPage = world.market.postForm(page + "/refuser", world.adminSession, Map.of("reason", " "));
            assertThat(noReasonPage.statusCode()).isEqualTo(400);
            assertThat(PageChecks.parse(noReasonPage).selectFirst("#reject-reason-error")).isNotNull();
            assertThat(world.service(ShopApplications.class).application(application.id(), Actor.account(world.admin.id().value())).status())
                    .isEqualTo(ApplicationStatus.PENDING);

            HttpResponse<String> rejected = world.market.postForm(page + "/refuser", world.adminSession,
                    Map.of("reason", "Votre commune n’est pas dans le territoire."));
            assertThat(rejected.statusCode()).isEqualTo(303);
            JsonNode after = BackOfficeMarket.json(world.market.apiGet(api, world.adminSession));
            assertThat(after.get("status").asText()).isEqualTo("REJECTED");
            assertThat(after.get("rejectionReason").asText()).contains("territoire");
            HttpResponse<String> late = world.market.api("POST", api + "/approve", world.adminSession, null);
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(BackOfficeMarket.json(late).get("error").asText()).isEqualTo("application_decided");
        }
    }

    static HttpResponse<String> anonymousJson(TrainingWorld world, String path, String body) {
        return world.market.send(HttpRequest.newBuilder(world.market.uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String json(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name).append("\": \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return json.append('}').toString();
    }
}
