package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A shop's staff read modules and take quizzes through the pages, without script, and through the API. */
final class LearningWebTest {

    @EachDatabase
    void theStaffReadAModuleThenPassItsQuizOnThePagesAndTheShopsProgressShowsIt(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            TrainingWorld.Shop shop = world.approvedShop("Fleurs de l’Aa");
            String base = "/espace-commercant/" + shop.id() + "/formation";
            String reading = base + "/modules/" + world.reading.id();
            String quiz = base + "/modules/" + world.quizModule.id();

            Document locked = PageChecks.parse(world.market.get(quiz, shop.session()));
            assertThat(locked.text()).contains("Créer sa page boutique");
            assertThat(locked.select("form[action$=/quiz]")).isEmpty();
            HttpResponse<String> tooEarly = world.market.postForm(quiz + "/quiz", shop.session(), Map.of("q0", "0"));
            assertThat(tooEarly.statusCode()).isEqualTo(409);

            Document module = PageChecks.parse(world.market.get(reading, shop.session()));
            assertThat(module.selectFirst(".training-prose strong").text()).isEqualTo("belle");
            PageChecks.assertAccessible(module, "fr");
            assertThat(world.market.postForm(reading + "/lu", shop.session(), Map.of()).statusCode()).isEqualTo(303);
            assertThat(PageChecks.parse(world.market.get(reading, shop.session())).select("form[action$=/lu]")).isEmpty();

            Document open = PageChecks.parse(world.market.get(quiz, shop.session()));
            assertThat(open.select("input[type=radio][name=q0]")).hasSize(2);
            PageChecks.assertAccessible(open, "fr");
            HttpResponse<String> unanswered = world.market.postForm(quiz + "/quiz", shop.session(), Map.of());
            assertThat(unanswered.statusCode()).isEqualTo(400);
            HttpResponse<String> garbage = world.market.postForm(quiz + "/quiz", shop.session(), Map.of("q0", "premier"));
            assertThat(garbage.statusCode()).isEqualTo(400);
            HttpResponse<String> failed = world.market.postForm(quiz + "/quiz", shop.session(), Map.of("q0", "1"));
            assertThat(failed.statusCode()).isEqualTo(200);
            Document failedPage = PageChecks.parse(failed);
            assertThat(failedPage.selectFirst(".notice--problem").text()).contains("0 bonne(s) réponse(s) sur 1");
            assertThat(failedPage.selectFirst("#q0-c1").hasAttr("checked")).isTrue();
            Document passed = PageChecks.parse(world.market.postForm(quiz + "/quiz", shop.session(), Map.of("q0", "0")));
            assertThat(passed.selectFirst(".notice--success").text()).contains("validé");

            Document courses = PageChecks.parse(world.market.get(base, shop.session()));
            PageChecks.assertAccessible(courses, "fr");
            assertThat(courses.text()).contains("2 module(s) suivi(s) sur 2", "Camille Fleur");
            assertThat(courses.select(".training-certificates a")).hasSize(1);
        }
    }

    @EachDatabase
    void badInputToTheLearningApiIsA4xxNamingTheFieldAndRecordsNothing(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            TrainingWorld.Shop shop = world.approvedShop("Fleurs de l’Aa");
            String api = "/api/v1/merchant/" + shop.id() + "/training";
            String attempts = api + "/modules/" + world.quizModule.id() + "/quiz-attempts";

            HttpResponse<String> locked = world.market.api("POST", attempts, shop.session(), "{\"answers\": [{\"choices\": [0]}]}");
            assertThat(locked.statusCode()).isEqualTo(409);
            assertThat(BackOfficeMarket.json(locked).get("error").asText()).isEqualTo("prerequisites_not_met");
            assertThat(BackOfficeMarket.json(locked).get("details").get(0).asText()).isEqualTo("Créer sa page boutique");
            world.market.api("POST", api + "/modules/" + world.reading.id() + "/completion", shop.session(), null);
            HttpResponse<String> readingQuiz = world.market.api("POST", api + "/modules/" + world.quizModule.id() + "/completion",
                    shop.session(), null);
            assertThat(BackOfficeMarket.json(readingQuiz).get("error").asText()).isEqualTo("quiz_required");

            Map<String, String> bad = Map.of(
                    "{}", "answers",
                    "{\"answers\": {}}", "answers",
                    "{\"answers\": [{\"choices\": [\"a\"]}]}", "answers[0].choices[0]",
                    "{\"answers\": [{\"choices\": [-1]}]}", "answers[0].choices[0]",
                    "{\"answers\": [{}]}", "answers[0].choices");
            for (Map.Entry<String, String> body : bad.entrySet()) {
                HttpResponse<String> response = world.market.api("POST", attempts, shop.session(), body.getKey());
                assertThat(response.statusCode()).as(body.getKey()).isEqualTo(400);
                assertThat(BackOfficeMarket.json(response).get("field").asText()).as(body.getKey()).isEqualTo(body.getValue());
            }
            HttpResponse<String> tooMany = world.market.api("POST", attempts, shop.session(),
                    "{\"answers\": [{\"choices\": [0]}, {\"choices\": [0]}]}");
            assertThat(tooMany.statusCode()).isEqualTo(400);
            assertThat(BackOfficeMarket.json(tooMany).get("error").asText()).isEqualTo("invalid_answers");
            assertThat(world.market.apiGet(api + "/modules/0", shop.session()).statusCode()).isEqualTo(400);
            assertThat(world.market.apiGet(api + "/modules/99999", shop.session()).statusCode()).isEqualTo(404);
            assertThat(world.market.apiGet("/api/v1/merchant/abc/training/courses", shop.session()).statusCode()).isEqualTo(400);

            JsonNode progress = BackOfficeMarket.json(world.market.apiGet(api + "/courses", shop.session()));
            JsonNode modules = progress.get("courses").get(0).get("modules");
            assertThat(List.of(modules.get(0).get("state").asText(), modules.get(1).get("state").asText()))
                    .containsExactly("COMPLETED", "AVAILABLE");
            JsonNode module = BackOfficeMarket.json(world.market.apiGet(api + "/modules/" + world.quizModule.id(), shop.session()));
            assertThat(module.get("quiz").get("questions").get(0).has("correct")).isFalse();
            assertThat(module.get("quiz").get("questions").get(0).get("choices")).hasSize(2);
        }
    }
}
