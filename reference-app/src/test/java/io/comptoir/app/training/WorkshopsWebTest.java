package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.api.Workshops;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Booking workshops from the shop's pages and API, the waiting list, and the trainer marking attendance. */
final class WorkshopsWebTest {

    @EachDatabase
    void aFullSessionPutsTheNextShopOnTheWaitingListAndACancellationGivesItTheSeat(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            TrainingWorld.Shop first = world.approvedShop("Fleurs de l’Aa");
            TrainingWorld.Shop second = world.approvedShop("Cave du Marais");
            LocalDateTime starts = LocalDateTime.ofInstant(TrainingWorld.START, TrainingWorld.PARIS).plusDays(5).withHour(9).withMinute(0);
            WorkshopSession small = world.service(Workshops.class).schedule(new SessionDraft(world.workshopModule.id(), starts,
                    starts.plusHours(1), "Salle des fêtes", Optional.of("62040"), "", 1, world.trainer.id()),
                    Actor.account(world.admin.id().value()));
            String firstPages = "/espace-commercant/" + first.id() + "/ateliers";
            Document page = PageChecks.parse(world.market.get(firstPages, first.session()));
            PageChecks.assertAccessible(page, "fr");
            assertThat(page.selectFirst("#session-" + small.id()).text()).contains("1 place(s) libre(s) sur 1");

            HttpResponse<String> booked = world.market.postForm(firstPages + "/reserver", first.session(),
                    Map.of("session", String.valueOf(small.id().value()), "attendee", String.valueOf(first.staffId().value())));
            assertThat(booked.statusCode()).isEqualTo(303);
            assertThat(BackOfficeMarket.location(booked)).endsWith("ok=workshop-booked");
            String secondApi = "/api/v1/merchant/" + second.id() + "/training/bookings";
            HttpResponse<String> waiting = world.market.api("POST", secondApi, second.session(),
                    "{\"sessionId\": " + small.id() + ", \"attendeeId\": " + second.staffId() + "}");
            assertThat(waiting.statusCode()).isEqualTo(201);
            assertThat(BackOfficeMarket.json(waiting).get("state").asText()).isEqualTo("WAITING");
            assertThat(BackOfficeMarket.json(waiting).get("waitingPosition").asInt()).isEqualTo(1);
            Document secondPage = PageChecks.parse(world.market.get("/espace-commercant/" + second.id() + "/ateliers", second.session()));
            assertThat(secondPage.select(".training-position").text()).isEqualTo("position 1");
            assertThat(secondPage.selectFirst("#session-" + small.id()).text()).contains("Complet : 1 personne(s) en liste d’attente");

            HttpResponse<String> twice = world.market.api("POST", secondApi, second.session(),
                    "{\"sessionId\": " + small.id() + ", \"attendeeId\": " + second.staffId() + "}");
            assertThat(BackOfficeMarket.json(twice).get("error").asText()).isEqualTo("already_booked");
            Map<String, String> bad = Map.of(
                    "{\"attendeeId\": " + second.staffId() + "}", "sessionId",
                    "{\"sessionId\": 0, \"attendeeId\": " + second.staffId() + "}", "sessionId",
                    "{\"sessionId\": " + small.id() + "}", "attendeeId",
                    "{\"sessionId\": " + small.id() + ", \"attendeeId\": " + first.staffId() + "}", "attendeeId");
            for (Map.Entry<String, String> body : bad.entrySet()) {
                HttpResponse<String> response = world.market.api("POST", secondApi, second.session(), body.getKey());
                assertThat(response.statusCode()).as(body.getKey()).isEqualTo(400);
                assertThat(BackOfficeMarket.json(response).get("field").asText()).as(body.getKey()).isEqualTo(body.getValue());
            }
            assertThat(world.market.api("POST", secondApi, second.session(), "{\"sessionId\": 99999, \"attendeeId\": "
                    + second.staffId() + "}").statusCode()).isEqualTo(404);
            assertThat(world.market.postForm("/espace-commercant/" + second.id() + "/ateliers/reserver", second.session(),
                    Map.of("session", "x", "attendee", "1")).statusCode()).isEqualTo(400);
            assertThat(world.service(Workshops.class).session(small.id()).orElseThrow().waiting()).isEqualTo(1);

            JsonNode firstBookings = BackOfficeMarket.json(world.market.apiGet("/api/v1/merchant/" + first.id() + "/training/bookings",
                    first.session()));
            long bookingId = firstBookings.get(0).get("booking").get("id").asLong();
            assertThat(world.market.api("POST", secondApi + "/" + bookingId + "/cancel", second.session(), null).statusCode())
                    .isEqualTo(403);
            assertThat(world.market.postForm("/espace-commercant/" + second.id() + "/ateliers/reservations/" + bookingId + "/annuler",
                    second.session(), Map.of()).statusCode()).isEqualTo(403);
            HttpResponse<String> cancelled = world.market.postForm(firstPages + "/reservations/" + bookingId + "/annuler",
                    first.session(), Map.of());
            assertThat(cancelled.statusCode()).isEqualTo(303);
            JsonNode promoted = BackOfficeMarket.json(world.market.apiGet(secondApi, second.session())).get(0).get("booking");
            assertThat(promoted.get("state").asText()).isEqualTo("BOOKED");
            assertThat(promoted.get("waitingPosition").isNull()).isTrue();
        }
    }

    @EachDatabase
    void onlyTheSessionsTrainerOrAnAdminMarksAttendanceFromItsStartAndAttendingCompletesTheModule(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            TrainingWorld.Shop shop = world.approvedShop("Fleurs de l’Aa");
            HttpResponse<String> booking = world.market.api("POST", "/api/v1/merchant/" + shop.id() + "/training/bookings", shop.session(),
                    "{\"sessionId\": " + world.session.id() + ", \"attendeeId\": " + shop.staffId() + "}");
            long bookingId = BackOfficeMarket.json(booking).get("id").asLong();
            String roster = "/formateur/sessions/" + world.session.id();
            String api = "/api/v1/trainer/sessions/" + world.session.id();

            Document sessions = PageChecks.parse(world.market.get("/formateur", world.trainerSession));
            PageChecks.assertAccessible(sessions, "fr");
            assertThat(sessions.select("a[href=" + roster + "]")).hasSize(1);
            Document rosterPage = PageChecks.parse(world.market.get(roster, world.trainerSession));
            PageChecks.assertAccessible(rosterPage, "fr");
            assertThat(rosterPage.text()).contains("Camille Fleur", "Fleurs de l’Aa");
            HttpResponse<String> early = world.market.postForm(roster + "/presences", world.trainerSession, Map.of("presence-" + bookingId, "PRESENT"));
            assertThat(early.statusCode()).isEqualTo(409);

            Account otherTrainer = world.market.engine.accounts().grant(world.market.shopper("Autre Formateur").id(), RoleGrant.of(TrainingRoles.TRAINER),
                    Actor.account(world.admin.id().value()));
            Session other = world.market.session(otherTrainer);
            assertThat(world.market.get(roster, other).statusCode()).isEqualTo(403);
            assertThat(world.market.apiGet(api + "/roster", other).statusCode()).isEqualTo(403);
            assertThat(world.market.get(roster, shop.session()).statusCode()).isEqualTo(403);
            assertThat(world.market.apiGet("/api/v1/trainer/sessions", shop.session()).statusCode()).isEqualTo(403);
            assertThat(world.market.api("PUT", api + "/attendance", shop.session(),
                    "{\"marks\": [{\"bookingId\": " + bookingId + ", \"attendance\": \"PRESENT\"}]}").statusCode()).isEqualTo(403);

            world.clock.advance(Duration.ofDays(4));
            Map<String, String> bad = Map.of(
                    "{}", "marks",
                    "{\"marks\": []}", "marks",
                    "{\"marks\": [{\"bookingId\": " + bookingId + ", \"attendance\": \"MAYBE\"}]}", "marks[0].attendance",
                    "{\"marks\": [{\"attendance\": \"PRESENT\"}]}", "marks[0].bookingId");
            for (Map.Entry<String, String> body : bad.entrySet()) {
                HttpResponse<String> response = world.market.api("PUT", api + "/attendance", world.trainerSession, body.getKey());
                assertThat(response.statusCode()).as(body.getKey()).isEqualTo(400);
                assertThat(BackOfficeMarket.json(response).get("field").asText()).as(body.getKey()).isEqualTo(body.getValue());
            }
            assertThat(world.market.postForm(roster + "/presences", world.trainerSession, Map.of("presence-" + bookingId, "PEUT-ETRE"))
                    .statusCode()).isEqualTo(400);
            assertThat(world.market.api("PUT", api + "/attendance", other,
                    "{\"marks\": [{\"bookingId\": " + bookingId + ", \"attendance\": \"PRESENT\"}]}").statusCode()).isEqualTo(403);
            String progressApi = "/api/v1/merchant/" + shop.id() + "/training/courses";
            assertThat(BackOfficeMarket.json(world.market.apiGet(progressApi, shop.session())).get("courses").get(1).get("completed").asInt())
                    .isZero();

            HttpResponse<String> marked = world.market.postForm(roster + "/presences", world.trainerSession, Map.of("presence-" + bookingId, "PRESENT"));
            assertThat(marked.statusCode()).isEqualTo(303);
            JsonNode workshopCourse = BackOfficeMarket.json(world.market.apiGet(progressApi, shop.session())).get("courses").get(1);
            assertThat(workshopCourse.get("modules").get(0).get("state").asText()).isEqualTo("COMPLETED");
            assertThat(workshopCourse.get("modules").get(0).get("completions").get(0).get("via").asText()).isEqualTo("WORKSHOP");
            HttpResponse<String> byAdmin = world.market.api("PUT", api + "/attendance", world.adminSession,
                    "{\"marks\": [{\"bookingId\": " + bookingId + ", \"attendance\": \"ABSENT\"}]}");
            assertThat(byAdmin.statusCode()).isEqualTo(200);
            assertThat(BackOfficeMarket.json(byAdmin).get("booked").get(0).get("booking").get("attendance").asText()).isEqualTo("ABSENT");
        }
    }
}
