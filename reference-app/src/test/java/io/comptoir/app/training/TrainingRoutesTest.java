package io.comptoir.app.training;

import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every training route refuses malformed and unknown ids cleanly, speaks English too, and is absent without the plugin. */
final class TrainingRoutesTest {

    @EachDatabase
    void malformedIdsAre400NamingTheParameterAndUnknownOnesAre404(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            TrainingWorld.Shop shop = world.approvedShop("Fleurs de l’Aa");
            String api = "/api/v1/merchant/" + shop.id() + "/training";
            Map<String, String> malformed = Map.ofEntries(
                    Map.entry("GET /api/v1/merchant/x/training/onboarding", "merchantId"),
                    Map.entry("GET " + api + "/modules/x", "moduleId"),
                    Map.entry("POST " + api + "/modules/x/completion", "moduleId"),
                    Map.entry("POST " + api + "/bookings/x/cancel", "bookingId"),
                    Map.entry("GET " + api + "/certificates/x/1", "courseId"),
                    Map.entry("GET " + api + "/certificates/1/x", "accountId"),
                    Map.entry("GET " + api + "/workshops?moduleId=x", "moduleId"),
                    Map.entry("GET /api/v1/trainer/sessions/x/roster", "sessionId"));
            malformed.forEach((route, field) -> {
                String[] parts = route.split(" ");
                HttpResponse<String> response = world.market.api(parts[0], parts[1], shop.session(), parts[0].equals("POST") ? "{}" : null);
                if (parts[1].startsWith("/api/v1/trainer")) {
                    response = world.market.api(parts[0], parts[1], world.trainerSession, null);
                }
                assertThat(response.statusCode()).as(route).isEqualTo(400);
                assertThat(BackOfficeMarket.json(response).get("field").asText()).as(route).isEqualTo(field);
            });
            assertThat(world.market.apiGet("/api/v1/admin/applications/x", world.adminSession).statusCode()).isEqualTo(400);
            assertThat(world.market.api("PUT", "/api/v1/trainer/sessions/x/attendance", world.trainerSession, "{}").statusCode()).isEqualTo(400);

            assertThat(world.market.api("POST", api + "/bookings/99999/cancel", shop.session(), null).statusCode()).isEqualTo(404);
            assertThat(world.market.apiGet("/api/v1/trainer/sessions/99999/roster", world.trainerSession).statusCode()).isEqualTo(404);
            String pages = "/espace-commercant/" + shop.id();
            for (String path : List.of(pages + "/formation/modules/99999", pages + "/formation/modules/x", "/formateur/sessions/99999",
                    "/admin/candidatures/99999", "/admin/candidatures/x")) {
                var session = path.startsWith("/formateur") ? world.trainerSession : path.startsWith("/admin") ? world.adminSession : shop.session();
                HttpResponse<String> response = world.market.get(path, session);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            }
            assertThat(world.market.postForm(pages + "/ateliers/reservations/99999/annuler", shop.session(), Map.of()).statusCode())
                    .isEqualTo(404);
            assertThat(world.market.postForm(pages + "/mise-en-ligne/charte", shop.session(), Map.of("version", "deux")).statusCode())
                    .isEqualTo(400);
            assertThat(world.market.postForm(pages + "/mise-en-ligne/charte", shop.session(), Map.of("version", "7")).statusCode())
                    .isEqualTo(409);
        }
    }

    @EachDatabase
    void thePagesReadInEnglishToo(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            TrainingWorld.Shop shop = world.approvedShop("Fleurs de l’Aa");
            HttpResponse<String> join = world.market.send(HttpRequest.newBuilder(world.market.uri("/rejoindre")).header("Cookie", "lang=en")
                    .GET().build());
            var page = PageChecks.parse(join);
            PageChecks.assertAccessible(page, "en");
            assertThat(page.selectFirst("h1").text()).isEqualTo("Join the marketplace");
            HttpResponse<String> onboarding = world.market.send(HttpRequest.newBuilder(world.market.uri("/espace-commercant/" + shop.id()
                    + "/mise-en-ligne")).header("Cookie", BackOfficeMarket.cookie(shop.session()) + "; lang=en").GET().build());
            var onboardingPage = PageChecks.parse(onboarding);
            PageChecks.assertAccessible(onboardingPage, "en");
            assertThat(onboardingPage.text()).contains("Required training modules completed", "Territory charter accepted");
        }
    }

    @EachDatabase
    void withoutTheTrainingPluginItsPagesAndRoutesAreNotFound(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            assertThat(market.get("/rejoindre").statusCode()).isEqualTo(404);
            HttpResponse<String> api = market.send(HttpRequest.newBuilder(market.uri("/api/v1/applications")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertThat(api.statusCode()).isEqualTo(404);
            var staff = market.session(market.staffOf("Camille Martin", market.catalogue.martin));
            assertThat(market.get("/espace-commercant/" + market.catalogue.martin.id() + "/mise-en-ligne", staff).statusCode()).isEqualTo(404);
            assertThat(market.apiGet("/api/v1/merchant/" + market.catalogue.martin.id() + "/training/onboarding", staff).statusCode())
                    .isEqualTo(404);
        }
    }
}
