package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.SchemaCheck;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The training routes' real answers, successes and refusals, match what {@code /openapi.json} says of them. */
final class TrainingApiDocumentTest {

    @Test
    void everyTrainingRouteAnswersAsDocumented() {
        try (TestDatabase database = TestDatabase.h2(); TrainingWorld world = TrainingWorld.start(database)) {
            JsonNode document = BackOfficeMarket.json(world.market.get("/openapi.json"));
            Checker check = new Checker(world.market, document);
            String siret = TrainingWorld.siret();
            String form = "{\"shopName\": \"Fleurs\", \"siret\": \"" + siret + "\", \"trade\": \"Fleuriste\", \"street\": \"3 place Foch\", "
                    + "\"postalCode\": \"62500\", \"communeInsee\": \"62765\", \"contactName\": \"Camille\", \"contactEmail\": "
                    + "\"doc@example.org\", \"contactPhone\": \"0321000000\"}";
            check.call("post", "/api/v1/applications", "/api/v1/applications", null, form, 201);
            check.call("post", "/api/v1/applications", "/api/v1/applications", null, form, 409);
            check.call("post", "/api/v1/applications", "/api/v1/applications", null, "{\"shopName\": \"Fleurs\"}", 400);
            Session admin = world.adminSession;
            JsonNode page = check.call("get", "/api/v1/admin/applications", "/api/v1/admin/applications?status=PENDING", admin, null, 200);
            long id = page.get("items").get(0).get("id").asLong();
            String one = "/api/v1/admin/applications/" + id;
            check.call("get", "/api/v1/admin/applications/{applicationId}", one, admin, null, 200);
            check.call("post", "/api/v1/admin/applications/{applicationId}/reject", one + "/reject", admin, "{\"reason\": \"\"}", 400);
            check.call("post", "/api/v1/admin/applications/{applicationId}/approve", one + "/approve", admin, null, 200);
            check.call("post", "/api/v1/admin/applications/{applicationId}/approve", one + "/approve", admin, null, 409);
            check.call("get", "/api/v1/admin/applications/{applicationId}", one, world.trainerSession, null, 403);

            TrainingWorld.Shop shop = world.approvedShop("Cave du Marais");
            Session staff = shop.session();
            String api = "/api/v1/merchant/" + shop.id() + "/training";
            String root = "/api/v1/merchant/{merchantId}/training";
            check.call("get", root + "/onboarding", api + "/onboarding", staff, null, 200);
            check.call("post", root + "/go-live", api + "/go-live", staff, null, 409);
            check.call("get", root + "/courses", api + "/courses", staff, null, 200);
            check.call("get", root + "/modules/{moduleId}", api + "/modules/" + world.quizModule.id(), staff, null, 200);
            check.call("post", root + "/modules/{moduleId}/completion", api + "/modules/" + world.quizModule.id() + "/completion", staff, null, 409);
            check.call("post", root + "/modules/{moduleId}/completion", api + "/modules/" + world.reading.id() + "/completion", staff, null, 200);
            check.call("post", root + "/modules/{moduleId}/quiz-attempts", api + "/modules/" + world.quizModule.id() + "/quiz-attempts", staff,
                    "{\"answers\": [{\"choices\": [0]}]}", 200);
            check.call("post", root + "/modules/{moduleId}/quiz-attempts", api + "/modules/" + world.quizModule.id() + "/quiz-attempts", staff,
                    "{\"answers\": [{\"choices\": [\"a\"]}]}", 400);
            check.call("post", root + "/charter-acceptance", api + "/charter-acceptance", staff,
                    "{\"version\": " + world.charter.version() + "}", 200);
            check.call("get", root + "/workshops", api + "/workshops", staff, null, 200);
            JsonNode booking = check.call("post", root + "/bookings", api + "/bookings", staff,
                    "{\"sessionId\": " + world.session.id() + ", \"attendeeId\": " + shop.staffId() + "}", 201);
            check.call("get", root + "/bookings", api + "/bookings", staff, null, 200);
            check.call("get", root + "/certificates", api + "/certificates", staff, null, 200);
            check.call("get", root + "/membership", api + "/membership", staff, null, 200);
            check.call("get", root + "/onboarding", api + "/onboarding", staff, null, 200);

            check.call("get", "/api/v1/trainer/sessions", "/api/v1/trainer/sessions", world.trainerSession, null, 200);
            String trainer = "/api/v1/trainer/sessions/" + world.session.id();
            check.call("get", "/api/v1/trainer/sessions/{sessionId}/roster", trainer + "/roster", world.trainerSession, null, 200);
            String marks = "{\"marks\": [{\"bookingId\": " + booking.get("id").asLong() + ", \"attendance\": \"PRESENT\"}]}";
            check.call("put", "/api/v1/trainer/sessions/{sessionId}/attendance", trainer + "/attendance", world.trainerSession, marks, 409);
            world.clock.advance(Duration.ofDays(4));
            check.call("put", "/api/v1/trainer/sessions/{sessionId}/attendance", trainer + "/attendance", world.trainerSession, marks, 200);
            check.call("post", root + "/bookings/{bookingId}/cancel", api + "/bookings/" + booking.get("id").asLong() + "/cancel", staff, null, 409);

            TrainingWorld.Shop ready = world.approvedShop("Fleurs de l’Aa");
            ShopReadiness.prepare(world.market, ready.id(), ready.session(), "Bouquet", world.market.catalogue.home.id().value());
            String readyApi = "/api/v1/merchant/" + ready.id() + "/training";
            check.call("post", root + "/modules/{moduleId}/completion", readyApi + "/modules/" + world.reading.id() + "/completion",
                    ready.session(), null, 200);
            check.call("post", root + "/modules/{moduleId}/quiz-attempts", readyApi + "/modules/" + world.quizModule.id() + "/quiz-attempts",
                    ready.session(), "{\"answers\": [{\"choices\": [0]}]}", 200);
            check.call("post", root + "/charter-acceptance", readyApi + "/charter-acceptance", ready.session(),
                    "{\"version\": " + world.charter.version() + "}", 200);
            check.call("post", root + "/go-live", readyApi + "/go-live", ready.session(), null, 200);
            JsonNode certificates = check.call("get", root + "/certificates", readyApi + "/certificates", ready.session(), null, 200);
            assertThat(certificates).hasSize(1);
            HttpResponse<String> pdf = world.market.apiGet(certificates.get(0).get("pdf").asText(), ready.session());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(document.at("/paths/" + (root + "/certificates/{courseId}/{accountId}").replace("/", "~1") + "/get/responses/200/content")
                    .has("application/pdf")).isTrue();
        }
    }

    /** Sends a request and checks its answer against the documented schema of its status. */
    private record Checker(BackOfficeMarket market, JsonNode document) {
        JsonNode call(String method, String documentedPath, String request, Session session, String body, int status) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(market.uri(request)).header("Accept", "application/json");
            if (session != null) {
                builder.header("Authorization", "Bearer " + session.token());
            }
            builder.header("Content-Type", "application/json").method(method.toUpperCase(Locale.ROOT),
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = market.send(builder.build());
            assertThat(response.statusCode()).as(method + " " + request + ": " + response.body()).isEqualTo(status);
            JsonNode operation = document.get("paths").get(documentedPath).get(method);
            assertThat(operation).as(method + " " + documentedPath).isNotNull();
            JsonNode documented = operation.get("responses").get(Integer.toString(status));
            assertThat(documented).as(method + " " + documentedPath + " documents " + status).isNotNull();
            JsonNode schema = documented.get("content").get("application/json").get("schema");
            JsonNode json = BackOfficeMarket.json(response);
            assertThat(new SchemaCheck(document).problems(schema, json)).as(method + " " + request).isEmpty();
            return json;
        }
    }
}
