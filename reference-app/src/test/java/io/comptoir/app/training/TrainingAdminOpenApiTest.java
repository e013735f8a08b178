package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.SchemaCheck;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TrainingPlugin;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.Workshops;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The training admin API's real responses, with the training plugin running, match the schemas {@code /openapi.json} gives them. */
final class TrainingAdminOpenApiTest {
    private static final String API = "/api/v1/admin/training";
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database, new TrainingPlugin());
        document = BackOfficeMarket.json(market.get("/openapi.json"));
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @Test
    void everyTrainingAdminOperationAnswersWhatItDocuments() {
        Session admin = market.session(market.admin("Équipe formation"));
        Account trainer = market.shopper("Hugo Formateur");
        market.engine.accounts().grant(trainer.id(), RoleGrant.of(TrainingRoles.TRAINER), TestCatalogue.ADMIN);
        String day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(8).toString();
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Paris"));

        JsonNode course = check("post", API + "/courses", API + "/courses", admin, "{\"title\": \"Vendre en ligne\", \"published\": true}", 201);
        long courseId = course.get("id").asLong();
        check("post", API + "/courses", API + "/courses", admin, "{\"title\": \"\"}", 400);
        JsonNode module = check("post", API + "/courses/{courseId}/modules", API + "/courses/" + courseId + "/modules", admin,
                "{\"title\": \"Créer sa page\", \"content\": \"# Bienvenue\", \"minutes\": 10, \"quiz\": {\"passMark\": 50, \"questions\": "
                        + "[{\"prompt\": \"Prêt ?\", \"choices\": [{\"label\": \"Oui\", \"correct\": true}, {\"label\": \"Non\", \"correct\": false}]}]}}", 201);
        long moduleId = module.get("id").asLong();
        check("post", API + "/courses/{courseId}/modules", API + "/courses/" + courseId + "/modules", admin,
                "{\"title\": \"À supprimer\", \"content\": \"x\", \"minutes\": 5}", 201);
        check("get", API + "/courses", API + "/courses", admin, null, 200);
        check("get", API + "/courses/{courseId}", API + "/courses/" + courseId, admin, null, 200);
        check("get", API + "/courses/{courseId}", API + "/courses/999999", admin, null, 404);
        check("put", API + "/courses/{courseId}", API + "/courses/" + courseId, admin,
                "{\"title\": \"Vendre en ligne\", \"published\": true, \"required\": true}", 200);
        check("put", API + "/courses/{courseId}/published", API + "/courses/" + courseId + "/published", admin, "{\"published\": false}", 400);
        check("get", API + "/modules/{moduleId}", API + "/modules/" + moduleId, admin, null, 200);
        check("put", API + "/modules/{moduleId}", API + "/modules/" + moduleId, admin,
                "{\"title\": \"Créer sa page\", \"content\": \"Texte\", \"minutes\": 12}", 200);
        long toDelete = market.engine.findService(io.comptoir.training.api.Courses.class).orElseThrow()
                .modules(new io.comptoir.training.api.CourseId(courseId)).get(1).id().value();
        check("delete", API + "/modules/{moduleId}", API + "/modules/" + toDelete, admin, null, 204);

        JsonNode session = check("post", API + "/sessions", API + "/sessions", admin, "{\"module\": " + moduleId + ", \"startsAt\": \""
                + day + "T14:00\", \"endsAt\": \"" + day + "T16:00\", \"onlineUrl\": \"https://visio.example/atelier\", \"capacity\": 1, "
                + "\"trainer\": " + trainer.id() + "}", 201);
        long sessionId = session.get("id").asLong();
        Account first = market.staffOf("Alice Couture", market.catalogue.training);
        Account second = market.staffOf("Bruno Couture", market.catalogue.training);
        Workshops workshops = market.engine.findService(Workshops.class).orElseThrow();
        workshops.book(new SessionId(sessionId), market.catalogue.training.id(), first.id(), Actor.account(first.id().value()));
        workshops.book(new SessionId(sessionId), market.catalogue.training.id(), second.id(), Actor.account(second.id().value()));
        check("get", API + "/sessions", API + "/sessions", admin, null, 200);
        check("get", API + "/sessions", API + "/sessions?from=2026-99-01", admin, null, 400);
        check("get", API + "/sessions/{sessionId}", API + "/sessions/" + sessionId, admin, null, 200);
        check("put", API + "/sessions/{sessionId}", API + "/sessions/" + sessionId, admin, "{\"module\": " + moduleId + ", \"startsAt\": \""
                + day + "T15:00\", \"endsAt\": \"" + day + "T17:00\", \"onlineUrl\": \"https://visio.example/atelier\", \"capacity\": 2, "
                + "\"trainer\": " + trainer.id() + "}", 200);
        check("put", API + "/sessions/{sessionId}", API + "/sessions/" + sessionId, admin, "{\"module\": " + moduleId + ", \"startsAt\": \""
                + day + "T15:00\", \"endsAt\": \"" + day + "T17:00\", \"onlineUrl\": \"https://visio.example/atelier\", \"capacity\": 1, "
                + "\"trainer\": " + trainer.id() + "}", 409);
        check("post", API + "/sessions/{sessionId}/cancel", API + "/sessions/" + sessionId + "/cancel", admin, "{\"reason\": \"Report\"}", 200);
        check("get", API + "/sessions/{sessionId}", API + "/sessions/" + sessionId, admin, null, 200);
        check("get", API + "/trainers", API + "/trainers", admin, null, 200);

        check("put", API + "/membership/plan", API + "/membership/plan", admin,
                "{\"monthlyPrice\": {\"amount\": 2900, \"currency\": \"EUR\"}, \"from\": \"" + month + "\"}", 200);
        JsonNode waiver = check("post", API + "/membership/waivers", API + "/membership/waivers", admin, "{\"shop\": "
                + market.catalogue.martin.id() + ", \"from\": \"" + month.atDay(1) + "\", \"until\": \"" + month.plusMonths(3).atEndOfMonth()
                + "\", \"reason\": \"Abonnement offert\"}", 201);
        check("post", API + "/membership/waivers", API + "/membership/waivers", admin, "{\"from\": \"" + month.atDay(1) + "\", \"until\": \""
                + month.plusMonths(3).atEndOfMonth() + "\", \"reason\": \"Offert à tous\"}", 201);
        check("get", API + "/membership", API + "/membership?month=" + month, admin, null, 200);
        check("delete", API + "/membership/waivers/{waiverId}", API + "/membership/waivers/" + waiver.get("id").asLong(), admin, null, 200);
        check("get", API + "/pipeline", API + "/pipeline", admin, null, 200);
        check("get", API + "/reports", API + "/reports", admin, null, 200);
        check("get", API + "/pipeline", API + "/pipeline", null, null, 401);
        check("get", API + "/reports", API + "/reports", market.session(trainer), null, 403);
    }

    /** The response has the status, the status is documented for the operation, and the body matches its schema. */
    private static JsonNode check(String method, String documentedPath, String request, Session session, String body, int status) {
        HttpResponse<String> response = session == null ? market.get(request)
                : market.api(method.toUpperCase(java.util.Locale.ROOT), request, session, body);
        assertThat(response.statusCode()).as(method + " " + request + ": " + response.body()).isEqualTo(status);
        JsonNode operation = document.get("paths").get(documentedPath).get(method);
        assertThat(operation).as(method + " " + documentedPath).isNotNull();
        JsonNode documented = operation.get("responses").get(Integer.toString(status));
        assertThat(documented).as(status + " documented for " + method + " " + documentedPath).isNotNull();
        JsonNode schema = documented.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            assertThat(response.body()).as("no body for " + status).isEmpty();
            return null;
        }
        JsonNode json = BackOfficeMarket.json(response);
        assertThat(new SchemaCheck(document).problems(schema, json)).as(method + " " + request).isEmpty();
        return json;
    }
}
