package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.api.WorkshopSession;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.comptoir.app.training.TrainingWorld.API;
import static io.comptoir.app.training.TrainingWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The training admin API on H2 and PostgreSQL: what an admin edits is what the plugin stores and what the API reads back. */
final class TrainingAdminApiTest {

    @EachDatabase
    void aCourseWithModulesPrerequisitesAndAQuizRoundTripsAndPublishes(TestDatabase db) {
        try (BackOfficeMarket market = TrainingWorld.plain(db)) {
            Session admin = market.session(market.admin("Équipe formation"));

            HttpResponse<String> created = market.api("POST", API + "/courses", admin,
                    "{\"title\": \"Vendre en ligne\", \"summary\": \"Les bases\", \"position\": 1}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long course = json(created).get("id").asLong();
            assertThat(json(created).get("published").asBoolean()).isFalse();

            HttpResponse<String> first = market.api("POST", API + "/courses/" + course + "/modules", admin,
                    "{\"title\": \"Créer sa page\", \"content\": \"## Votre vitrine\\n\\n<script>alert(1)</script> [lien](javascript:alert(2))\", \"minutes\": 20}");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            long firstId = json(first).get("id").asLong();
            assertThat(json(first).get("contentHtml").asText()).contains("<h2>Votre vitrine</h2>", "&lt;script&gt;")
                    .doesNotContain("<script>", "href=\"javascript");
            HttpResponse<String> second = market.api("POST", API + "/courses/" + course + "/modules", admin,
                    "{\"title\": \"Gérer les commandes\", \"content\": \"Le click & collect.\", \"minutes\": 30, \"position\": 1, "
                            + "\"prerequisites\": [" + firstId + "], \"quiz\": {\"passMark\": 50, \"questions\": ["
                            + "{\"prompt\": \"Où retirer ?\", \"choices\": [{\"label\": \"En boutique\", \"correct\": true}, "
                            + "{\"label\": \"À la poste\", \"correct\": false}]}]}}");
            assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
            long secondId = json(second).get("id").asLong();

            HttpResponse<String> changed = market.api("PUT", API + "/modules/" + secondId, admin,
                    "{\"title\": \"Gérer ses commandes\", \"content\": \"Le click & collect, pas à pas.\", \"minutes\": 25, \"position\": 1, "
                            + "\"prerequisites\": [" + firstId + "], \"quiz\": {\"passMark\": 100, \"questions\": ["
                            + "{\"prompt\": \"Où retirer ?\", \"choices\": [{\"label\": \"En boutique\", \"correct\": true}, "
                            + "{\"label\": \"À la poste\", \"correct\": false}]}]}}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            HttpResponse<String> published = market.api("PUT", API + "/courses/" + course + "/published", admin, "{\"published\": true}");
            assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

            JsonNode read = json(market.apiGet(API + "/courses/" + course, admin));
            assertThat(read.get("title").asText()).isEqualTo("Vendre en ligne");
            assertThat(read.get("published").asBoolean()).isTrue();
            assertThat(read.get("modules")).hasSize(2);
            JsonNode module = read.get("modules").get(1);
            assertThat(module.get("title").asText()).isEqualTo("Gérer ses commandes");
            assertThat(module.get("minutes").asInt()).isEqualTo(25);
            assertThat(module.get("prerequisites").get(0).asLong()).isEqualTo(firstId);
            assertThat(module.get("quiz").get("passMark").asInt()).isEqualTo(100);
            assertThat(module.get("quiz").get("questions").get(0).get("choices").get(0).get("correct").asBoolean()).isTrue();
            assertThat(TrainingWorld.courses(market).courses(false)).extracting(c -> c.title()).containsExactly("Vendre en ligne");

            HttpResponse<String> usedAsPrerequisite = market.api("DELETE", API + "/modules/" + firstId, admin, null);
            assertThat(usedAsPrerequisite.statusCode()).isEqualTo(409);
            assertThat(json(usedAsPrerequisite).get("error").asText()).isEqualTo("module_is_prerequisite");
            assertThat(market.api("DELETE", API + "/modules/" + secondId, admin, null).statusCode()).isEqualTo(204);
            assertThat(market.apiGet(API + "/modules/" + secondId, admin).statusCode()).isEqualTo(404);
            HttpResponse<String> unpublished = market.api("PUT", API + "/courses/" + course + "/published", admin, "{\"published\": false}");
            assertThat(json(unpublished).get("published").asBoolean()).isFalse();
            assertThat(TrainingWorld.courses(market).courses(false)).isEmpty();
        }
    }

    @EachDatabase
    void aSessionPlannedThroughTheApiListsItsSeatsAndItsWaitingListInArrivalOrder(TestDatabase db) {
        try (BackOfficeMarket market = TrainingWorld.plain(db)) {
            Account adminAccount = market.admin("Équipe formation");
            Session admin = market.session(adminAccount);
            Account trainer = TrainingWorld.trainer(market, "Hugo Formateur");
            TrainingModule module = TrainingWorld.publishedModule(market, adminAccount, "Photographier ses produits", false);
            LocalDate day = LocalDate.now(TrainingWorld.PARIS).plusDays(12);

            HttpResponse<String> scheduled = market.api("POST", API + "/sessions", admin, "{\"module\": " + module.id() + ", \"startsAt\": \""
                    + day + "T09:30\", \"endsAt\": \"" + day + "T11:30\", \"place\": \"Médiathèque, Arques\", \"communeInsee\": \""
                    + TestCatalogue.ARQUES + "\", \"capacity\": 1, \"trainer\": " + trainer.id() + "}");
            assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
            JsonNode session = json(scheduled);
            assertThat(session.get("startsAt").asText()).isEqualTo(day.atTime(9, 30).atZone(TrainingWorld.PARIS).toInstant().toString());
            assertThat(session.get("communeName").asText()).isEqualTo("Arques");
            assertThat(session.get("trainerName").asText()).isEqualTo("Hugo Formateur");
            SessionId id = new SessionId(session.get("id").asLong());

            Account first = market.staffOf("Alice Couture", market.catalogue.training);
            Account second = market.staffOf("Bruno Couture", market.catalogue.training);
            TrainingWorld.workshops(market).book(id, market.catalogue.training.id(), first.id(), Actor.account(first.id().value()));
            TrainingWorld.workshops(market).book(id, market.catalogue.training.id(), second.id(), Actor.account(second.id().value()));

            JsonNode roster = json(market.apiGet(API + "/sessions/" + id, admin));
            assertThat(roster.get("session").get("booked").asInt()).isEqualTo(1);
            assertThat(roster.get("session").get("waiting").asInt()).isEqualTo(1);
            assertThat(roster.get("booked")).extracting(b -> b.get("attendeeName").asText()).containsExactly("Alice Couture");
            assertThat(roster.get("waiting")).extracting(b -> b.get("attendeeName").asText()).containsExactly("Bruno Couture");
            assertThat(roster.get("waiting").get(0).get("waitingPosition").asInt()).isEqualTo(1);
            assertThat(roster.get("waiting").get(0).get("shopName").asText()).isEqualTo(market.catalogue.training.name());

            JsonNode listed = json(market.apiGet(API + "/sessions?from=" + day + "&until=" + day, admin));
            assertThat(listed.get("items")).extracting(s -> s.get("id").asLong()).containsExactly(id.value());
            assertThat(json(market.apiGet(API + "/trainers", admin))).extracting(t -> t.get("name").asText()).containsExactly("Hugo Formateur");

            HttpResponse<String> cancelled = market.api("POST", API + "/sessions/" + id + "/cancel", admin, "{\"reason\": \"Formateur malade\"}");
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
            assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
            assertThat(json(market.apiGet(API + "/sessions/" + id, admin)).get("cancelled")).hasSize(2);
            assertThat(TrainingWorld.workshops(market).bookingsOf(market.catalogue.training.id(), Actor.account(adminAccount.id().value())))
                    .allSatisfy(booking -> assertThat(booking.booking().state()).isEqualTo(BookingState.CANCELLED));
        }
    }

    @EachDatabase
    void thePipelineCountsTheShopsByStageAndShowsWhatEachShopInTrainingLacks(TestDatabase db) {
        try (BackOfficeMarket market = TrainingWorld.plain(db)) {
            Account adminAccount = market.admin("Équipe formation");
            Session admin = market.session(adminAccount);
            TrainingWorld.publishedModule(market, adminAccount, "Créer sa page", true);
            market.engine.merchants().changeStatus(market.catalogue.lumbroise.id(), MerchantStatus.SUSPENDED, TestCatalogue.ADMIN);
            var counts = market.engine.merchants().countByStatus();

            JsonNode pipeline = json(market.apiGet(API + "/pipeline", admin));

            assertThat(pipeline.get("members").asInt()).isEqualTo(counts.get(MerchantStatus.LIVE)).isPositive();
            assertThat(pipeline.get("inTraining").asInt()).isEqualTo(counts.get(MerchantStatus.ONBOARDING)).isPositive();
            assertThat(pipeline.get("shops").get("SUSPENDED").asInt()).isEqualTo(1);
            assertThat(pipeline.get("suspended")).extracting(s -> s.get("name").asText()).containsExactly(market.catalogue.lumbroise.name());
            assertThat(pipeline.get("applications").get("PENDING").asInt()).isZero();
            JsonNode training = pipeline.get("inTrainingShops").get(0);
            assertThat(training.get("name").asText()).isEqualTo(market.catalogue.training.name());
            assertThat(training.get("requiredModules").asInt()).isEqualTo(1);
            assertThat(training.get("requiredModulesDone").asInt()).isZero();
            assertThat(training.get("readyToGoLive").asBoolean()).isFalse();
            assertThat(training.get("blocking")).isNotEmpty();

            String page = market.get(TrainingAdminPaths.ROOT, admin).body();
            assertThat(page).contains(counts.get(MerchantStatus.LIVE) + " adhérents, " + counts.get(MerchantStatus.ONBOARDING) + " en formation",
                    market.catalogue.training.name(), "0 sur 1");
        }
    }

    @EachDatabase
    void aWaiverGrantedToAShopShowsInTheMonthsStatementAndTheReports(TestDatabase db) {
        try (BackOfficeMarket market = TrainingWorld.plain(db)) {
            Session admin = market.session(market.admin("Équipe formation"));
            YearMonth month = YearMonth.now(TrainingWorld.PARIS);
            HttpResponse<String> plan = market.api("PUT", API + "/membership/plan", admin,
                    "{\"monthlyPrice\": {\"amount\": 2900, \"currency\": \"EUR\"}, \"from\": \"" + month + "\"}");
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
            LocalDate until = month.plusMonths(5).atEndOfMonth();
            HttpResponse<String> granted = market.api("POST", API + "/membership/waivers", admin, "{\"shop\": " + market.catalogue.rucher.id()
                    + ", \"from\": \"" + month.atDay(1) + "\", \"until\": \"" + until + "\", \"reason\": \"Abonnement offert par la CAPSO\"}");
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);

            JsonNode membership = json(market.apiGet(API + "/membership?month=" + month, admin));
            assertThat(membership.get("planInForce").get("monthlyPrice").get("amount").asLong()).isEqualTo(2900);
            JsonNode rucher = find(membership.get("statement").get("shops"), market.catalogue.rucher.name());
            assertThat(rucher.get("state").asText()).isEqualTo("WAIVED");
            assertThat(rucher.get("waivedUntil").asText()).isEqualTo(until.toString());
            assertThat(find(membership.get("statement").get("shops"), market.catalogue.martin.name()).get("state").asText()).isEqualTo("DUE");
            int due = membership.get("statement").get("counts").get("DUE").asInt();
            assertThat(membership.get("statement").get("totalDue").get("amount").asLong()).isEqualTo(2900L * due);

            String reports = market.get(TrainingAdminPaths.REPORTS, admin).body();
            assertThat(reports).contains(market.catalogue.rucher.name() + " — abonnement offert jusqu’au");

            long waiver = json(granted).get("id").asLong();
            assertThat(json(market.api("DELETE", API + "/membership/waivers/" + waiver, admin, null)).get("revokedAt").isNull()).isFalse();
            assertThat(find(json(market.apiGet(API + "/membership?month=" + month, admin)).get("statement").get("shops"),
                    market.catalogue.rucher.name()).get("state").asText()).isEqualTo("DUE");
        }
    }

    private static JsonNode find(JsonNode shops, String name) {
        for (JsonNode shop : shops) {
            if (shop.get("shopName").asText().equals(name)) {
                return shop;
            }
        }
        throw new AssertionError(name + " not in " + shops);
    }

    /** One bad field per route: a 400 naming it, and nothing stored (checked by counting afterwards). */
    @EachDatabase
    void badInputOnEveryRouteIsA4xxNamingTheFieldAndStoresNothing(TestDatabase db) {
        try (BackOfficeMarket market = TrainingWorld.plain(db)) {
            Account adminAccount = market.admin("Équipe formation");
            Session admin = market.session(adminAccount);
            Account trainer = TrainingWorld.trainer(market, "Hugo Formateur");
            TrainingModule module = TrainingWorld.publishedModule(market, adminAccount, "Créer sa page", false);
            WorkshopSession session = TrainingWorld.session(market, adminAccount, module, trainer, 10);
            long course = module.courseId().value();
            String day = LocalDate.now(TrainingWorld.PARIS).plusDays(5).toString();
            String past = LocalDate.now(TrainingWorld.PARIS).minusDays(5).toString();
            String goodSession = "\"module\": " + module.id() + ", \"endsAt\": \"" + day + "T12:00\", \"place\": \"Salle\", \"capacity\": 5, \"trainer\": " + trainer.id();
            String goodModule = "\"content\": \"Texte\", \"minutes\": 10";
            List<String[]> cases = new ArrayList<>(List.of(
                    new String[]{"POST", API + "/courses", "{\"title\": \"\"}", "title"},
                    new String[]{"POST", API + "/courses", "{\"title\": \"Obligatoire\", \"required\": true, \"published\": false}", "published"},
                    new String[]{"POST", API + "/courses", "{\"title\": \"Ok\", \"position\": -1}", "position"},
                    new String[]{"POST", API + "/courses", "{\"title\": 12}", "title"},
                    new String[]{"PUT", API + "/courses/" + course, "{\"title\": \"" + "x".repeat(201) + "\"}", "title"},
                    new String[]{"PUT", API + "/courses/abc", "{\"title\": \"Ok\"}", "courseId"},
                    new String[]{"PUT", API + "/courses/" + course + "/published", "{\"published\": \"oui\"}", "published"},
                    new String[]{"POST", API + "/courses/" + course + "/modules", "{\"title\": \"Sans contenu\", \"content\": \"\", \"minutes\": 10}", "content"},
                    new String[]{"POST", API + "/courses/" + course + "/modules", "{\"title\": \"Long\", " + goodModule.replace("10", "601") + "}", "minutes"},
                    new String[]{"POST", API + "/courses/" + course + "/modules", "{\"title\": \"Boucle\", " + goodModule + ", \"prerequisites\": [999999]}", "prerequisites"},
                    new String[]{"POST", API + "/courses/" + course + "/modules", "{\"title\": \"Quiz\", " + goodModule + ", \"quiz\": {\"passMark\": 0, \"questions\": []}}", "quiz.passMark"},
                    new String[]{"POST", API + "/courses/" + course + "/modules", "{\"title\": \"Quiz\", " + goodModule + ", \"quiz\": {\"passMark\": 50, \"questions\": "
                            + "[{\"prompt\": \"Seule ?\", \"choices\": [{\"label\": \"Oui\", \"correct\": true}]}]}}", "questions"},
                    new String[]{"PUT", API + "/modules/" + module.id(), "{\"title\": \"Soi-même\", " + goodModule + ", \"prerequisites\": [" + module.id() + "]}", "prerequisites"},
                    new String[]{"POST", API + "/sessions", "{" + goodSession + ", \"startsAt\": \"" + past + "T10:00\"}", "startsAt"},
                    new String[]{"POST", API + "/sessions", "{" + goodSession + ", \"startsAt\": \"demain\"}", "startsAt"},
                    new String[]{"POST", API + "/sessions", "{" + goodSession.replace("\"capacity\": 5", "\"capacity\": 0") + ", \"startsAt\": \"" + day + "T10:00\"}", "capacity"},
                    new String[]{"POST", API + "/sessions", "{" + goodSession.replace("\"trainer\": " + trainer.id(), "\"trainer\": " + adminAccount.id()) + ", \"startsAt\": \"" + day + "T10:00\"}", "trainer"},
                    new String[]{"POST", API + "/sessions", "{" + goodSession.replace("\"place\": \"Salle\"", "\"place\": \"\"") + ", \"startsAt\": \"" + day + "T10:00\"}", "place"},
                    new String[]{"POST", API + "/sessions", "{" + goodSession + ", \"startsAt\": \"" + day + "T10:00\", \"onlineUrl\": \"javascript:alert(1)\"}", "onlineUrl"},
                    new String[]{"POST", API + "/sessions", "{" + goodSession + ", \"startsAt\": \"" + day + "T10:00\", \"communeInsee\": \"75056\"}", "communeInsee"},
                    new String[]{"PUT", API + "/sessions/" + session.id(), "{" + goodSession + ", \"startsAt\": \"" + day + "T13:00\"}", "endsAt"},
                    new String[]{"POST", API + "/sessions/" + session.id() + "/cancel", "{\"reason\": \"\"}", "reason"},
                    new String[]{"GET", API + "/sessions?from=2026-13-01", null, "from"},
                    new String[]{"GET", API + "/membership?month=novembre", null, "month"},
                    new String[]{"PUT", API + "/membership/plan", "{\"monthlyPrice\": {\"amount\": -5}, \"from\": \"2030-01\"}", "monthlyPrice.amount"},
                    new String[]{"PUT", API + "/membership/plan", "{\"monthlyPrice\": {\"amount\": 2900}, \"from\": \"2020-01\"}", "from"},
                    new String[]{"POST", API + "/membership/waivers", "{\"from\": \"2027-01-01\", \"until\": \"2026-01-01\", \"reason\": \"Offert\"}", "until"},
                    new String[]{"POST", API + "/membership/waivers", "{\"from\": \"2027-01-01\", \"until\": \"2027-06-30\", \"reason\": \"\"}", "reason"},
                    new String[]{"DELETE", API + "/membership/waivers/0", null, "waiverId"},
                    new String[]{"DELETE", API + "/modules/-3", null, "moduleId"}));
            for (String[] bad : cases) {
                HttpResponse<String> response = market.api(bad[0], bad[1], admin, bad[2]);
                assertThat(response.statusCode()).as(bad[0] + " " + bad[1] + " " + bad[2] + " -> " + response.body()).isEqualTo(400);
                assertThat(json(response).get("field").asText()).as(bad[1] + " " + bad[2]).isEqualTo(bad[3]);
            }
            HttpResponse<String> notJson = market.send(java.net.http.HttpRequest.newBuilder(market.uri(API + "/courses"))
                    .header("Authorization", "Bearer " + admin.token()).header("Content-Type", "text/plain")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=x")).build());
            assertThat(notJson.statusCode()).isEqualTo(415);
            assertThat(market.apiGet(API + "/courses/999999", admin).statusCode()).isEqualTo(404);
            assertThat(market.apiGet(API + "/sessions/999999", admin).statusCode()).isEqualTo(404);

            var actor = Actor.account(adminAccount.id().value());
            assertThat(TrainingWorld.courses(market).courses(true)).hasSize(1);
            assertThat(TrainingWorld.courses(market).modules(module.courseId())).containsExactly(module);
            assertThat(TrainingWorld.workshops(market).sessions(LocalDate.now().minusDays(30), LocalDate.now().plusDays(60), actor))
                    .extracting(WorkshopSession::id).containsExactly(session.id());
            assertThat(TrainingWorld.workshops(market).session(session.id()).orElseThrow()).isEqualTo(session);
            assertThat(market.engine.findService(io.comptoir.training.api.Memberships.class).orElseThrow().plans()).isEmpty();
            assertThat(market.engine.findService(io.comptoir.training.api.Memberships.class).orElseThrow()
                    .waivers(Optional.empty(), actor)).isEmpty();
        }
    }
}
