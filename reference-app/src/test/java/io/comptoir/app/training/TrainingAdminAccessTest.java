package io.comptoir.app.training;

import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.WorkshopSession;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.comptoir.app.training.TrainingWorld.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every training admin route, read from Javalin's router, is for territory admins only: anonymous callers get 401, shop
 * staff and trainers 403 (a trainer marks attendance elsewhere but never edits courses), and nothing changes. The admin's
 * pages pass the accessibility checks.
 */
final class TrainingAdminAccessTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static List<String[]> routes;
    private static Session admin;
    private static Session staff;
    private static Session trainer;
    private static TrainingModule module;
    private static WorkshopSession session;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = TrainingWorld.plain(database);
        Account adminAccount = market.admin("Équipe formation");
        admin = market.session(adminAccount);
        staff = market.session(market.staffOf("Camille Couture", market.catalogue.training));
        Account trainerAccount = TrainingWorld.trainer(market, "Hugo Formateur");
        trainer = market.session(trainerAccount);
        module = TrainingWorld.publishedModule(market, adminAccount, "Créer sa page", true);
        session = TrainingWorld.session(market, adminAccount, module, trainerAccount, 8);
        routes = new ArrayList<>();
        for (ParsedEndpoint parsed : market.app.javalin().unsafe.internalRouter.allHttpHandlers()) {
            String path = parsed.endpoint.path;
            if (parsed.endpoint.method.isHttpMethod() && parsed.endpoint.method != HandlerType.HEAD && (path.startsWith(TrainingAdminPaths.ROOT) || path.startsWith(API))) {
                routes.add(new String[]{parsed.endpoint.method.name().toUpperCase(Locale.ROOT), path});
            }
        }
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    private static String filled(String path) {
        return path.replace("{courseId}", module.courseId().toString()).replace("{moduleId}", module.id().toString())
                .replace("{sessionId}", session.id().toString()).replace("{waiverId}", "1");
    }

    private static HttpResponse<String> call(String[] route, Session as) {
        HttpRequest.Builder request = HttpRequest.newBuilder(market.uri(filled(route[1])));
        if (as != null) {
            request.header("Authorization", "Bearer " + as.token());
        }
        request = switch (route[0]) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.header("Content-Type", "application/json").method(route[0], HttpRequest.BodyPublishers.ofString("{}"));
        };
        return market.send(request.build());
    }

    @Test
    void theTrainingAdminHasItsPagesAndApiRoutes() {
        assertThat(routes).extracting(route -> route[0] + " " + route[1]).contains(
                "GET /admin/formation", "GET /admin/formation/cours", "POST /admin/formation/cours/{courseId}/modules",
                "POST /admin/formation/sessions", "GET /admin/formation/sessions/{sessionId}", "GET /admin/formation/rapports",
                "POST /admin/formation/adhesion/exonerations", "GET " + API + "/pipeline", "POST " + API + "/courses",
                "PUT " + API + "/modules/{moduleId}", "POST " + API + "/sessions", "GET " + API + "/reports", "PUT " + API + "/membership/plan");
        assertThat(routes).hasSizeGreaterThan(35);
    }

    @Test
    void anonymousCallersGet401FromTheApiAndAreSentToSignInFromPages() {
        for (String[] route : routes) {
            HttpResponse<String> response = call(route, null);
            if (route[1].startsWith(API)) {
                assertThat(response.statusCode()).as(route[0] + " " + route[1]).isEqualTo(401);
                assertThat(TrainingWorld.json(response).get("error").asText()).isEqualTo("unauthorized");
            }
            else {
                assertThat(response.statusCode()).as(route[0] + " " + route[1]).isEqualTo(303);
                assertThat(BackOfficeMarket.location(response)).as(route[0] + " " + route[1]).startsWith("/connexion");
            }
        }
    }

    @Test
    void shopStaffAndTrainersAreRefusedEveryRouteAndChangeNothing() {
        for (Session refused : List.of(staff, trainer)) {
            for (String[] route : routes) {
                HttpResponse<String> response = call(route, refused);
                assertThat(response.statusCode()).as(route[0] + " " + route[1]).isEqualTo(403);
            }
        }
        HttpResponse<String> course = market.api("POST", API + "/courses", trainer, "{\"title\": \"Cours pirate\"}");
        assertThat(course.statusCode()).isEqualTo(403);
        assertThat(TrainingWorld.json(course).get("error").asText()).isEqualTo("forbidden");
        HttpResponse<String> form = market.postForm(TrainingAdminPaths.COURSES, trainer, java.util.Map.of("title", "Cours pirate"));
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(TrainingWorld.courses(market).courses(true)).extracting(c -> c.title()).containsExactly("Cours Créer sa page");
    }

    @Test
    void everyAdminPageAnswersAndIsAccessibleInFrenchAndEnglish() {
        List<String> pages = routes.stream().filter(route -> route[0].equals("GET") && route[1].startsWith(TrainingAdminPaths.ROOT))
                .map(route -> filled(route[1])).toList();
        assertThat(pages).hasSize(8);
        for (String page : pages) {
            HttpResponse<String> french = market.get(page, admin);
            assertThat(french.statusCode()).as(page).isEqualTo(200);
            PageChecks.assertAccessible(PageChecks.parse(french), "fr");
            HttpResponse<String> english = market.get(page + "?lang=en", admin);
            assertThat(english.statusCode()).as(page).isEqualTo(200);
            PageChecks.assertAccessible(PageChecks.parse(english), "en");
        }
    }

    @Test
    void anUnknownCourseModuleOrSessionIsA404Page() {
        for (String page : List.of(TrainingAdminPaths.COURSES + "/999999", TrainingAdminPaths.MODULES + "/999999",
                TrainingAdminPaths.SESSIONS + "/999999", TrainingAdminPaths.SESSIONS + "/abc")) {
            assertThat(market.get(page, admin).statusCode()).as(page).isEqualTo(404);
        }
    }
}
