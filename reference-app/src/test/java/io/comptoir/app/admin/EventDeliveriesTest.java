package io.comptoir.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.SchemaCheck;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EngineEvents;
import io.comptoir.engine.api.event.EventDeliveries;
import io.comptoir.engine.api.event.SubscriptionState;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operators unstick event deliveries from the territory's back-office, pages and API: a plugin's listener fails, the
 * admin sees the event and the error, retries, parks it, replays or discards it once parked, moves a subscription in
 * the feed, and forgets one no node serves; only territory admins may.
 */
@EachDatabaseClass
final class EventDeliveriesTest {
    private static final String PAGES = "test_deliveries.pages";
    private static final String API = "test_deliveries.api";
    private static final String RETIRED = "test_retired.audit";
    private static final String EVENTS = "/admin/evenements";
    private static final String JSON_ROOT = "/api/v1/admin/event-deliveries";

    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Account adminAccount;
    private static Session admin;
    private static EventDeliveries deliveries;
    /** Per subscription: the shops whose events its listener refuses, and the shops whose events it accepted. */
    private static final Map<String, Set<String>> POISONED = Map.of(PAGES, ConcurrentHashMap.newKeySet(), API, ConcurrentHashMap.newKeySet());
    private static final Map<String, List<String>> RECEIVED = Map.of(PAGES, new CopyOnWriteArrayList<>(), API, new CopyOnWriteArrayList<>());

    /** A plugin whose two listeners hear that a shop was featured, and fail on the shops they are told to refuse. */
    private static final EnginePlugin FLAKY = new EnginePlugin() {
        @Override
        public String id() {
            return "test_deliveries";
        }

        @Override
        public void initialize(PluginContext context) {
            for (String subscription : List.of(PAGES, API)) {
                context.registerEventListener(subscription, new DomainEventListener() {
                    @Override
                    public boolean accepts(String eventType) {
                        return eventType.equals(EngineEvents.Merchants.FEATURED_CHANGED.name());
                    }

                    @Override
                    public void onEvent(DomainEvent event) {
                        if (POISONED.get(subscription).contains(event.aggregateId())) {
                            throw new IllegalStateException("loyalty server refused shop " + event.aggregateId());
                        }
                        RECEIVED.get(subscription).add(event.aggregateId() + "@" + event.id());
                    }
                });
            }
        }
    };

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) throws IOException {
        database = TestDatabase.create(databaseKind);
        POISONED.values().forEach(Set::clear);
        RECEIVED.values().forEach(List::clear);
        // a plugin this marketplace ran once and no longer runs: its subscription stays in the database, served by nobody
        EnginePlugin retired = new EnginePlugin() {
            @Override
            public String id() {
                return "test_retired";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerEventListener(RETIRED, event -> { });
            }
        };
        try (Engine old = Engine.builder().dataSource(database.dataSource()).backgroundWork(false)
                .assetDirectory(Files.createTempDirectory("comptoir-assets-")).plugin(retired).build()) {
            assertThat(old.eventDeliveries().subscription(RETIRED)).isPresent();
        }
        market = BackOfficeMarket.start(database, FLAKY);
        c = market.catalogue;
        adminAccount = market.admin("Équipe territoire");
        admin = market.session(adminAccount);
        deliveries = market.engine.eventDeliveries();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    /** Features or unfeatures the shop, whose event the subscription's listener refuses; returns that event's id once it fails. */
    private static long failOn(String subscription, Merchant shop) {
        POISONED.get(subscription).add(shop.id().toString());
        boolean featured = market.engine.merchants().require(shop.id()).featured();
        market.engine.merchants().setFeatured(shop.id(), !featured, TestCatalogue.ADMIN);
        return await().atMost(Duration.ofSeconds(20)).until(() -> state(subscription), SubscriptionState::isFailing)
                .failingEventId().getAsLong();
    }

    private static SubscriptionState state(String subscription) {
        return deliveries.subscription(subscription).orElseThrow();
    }

    private static String adminActor() {
        return Actor.account(adminAccount.id().value()).toString();
    }

    @Test
    void theAdminSeesAFailingListenerRetriesItParksItsEventAndReplaysItOnceFixed() {
        long eventId = failOn(PAGES, c.rucher);

        Document list = parse(market.get(EVENTS, admin));
        assertThat(list.select("nav a[href=\"" + EVENTS + "\"]").text()).contains("Livraison des événements");
        var row = list.select("tbody tr:has(a[href=\"" + EVENTS + "/" + PAGES + "\"])");
        assertThat(row.select(".bo-badge").text()).isEqualTo("En échec");
        assertThat(row.text()).contains("Événement n°" + eventId).contains("servi par ce serveur");
        assertThat(row.select("pre.event-error").text()).contains("loyalty server refused shop " + c.rucher.id());

        int attempts = state(PAGES).attempts();
        HttpResponse<String> retried = market.postForm(EVENTS + "/" + PAGES + "/reessayer", admin, Map.of());
        assertThat(BackOfficeMarket.location(retried)).isEqualTo(EVENTS + "/" + PAGES + "?ok=delivery-retried");
        await().atMost(Duration.ofSeconds(10)).until(() -> state(PAGES).attempts() > attempts);

        String park = EVENTS + "/" + PAGES + "/mettre-de-cote";
        HttpResponse<String> unconfirmed = market.postForm(park, admin, Map.of());
        assertThat(unconfirmed.statusCode()).as("nothing is parked without confirmation").isEqualTo(303);
        assertThat(BackOfficeMarket.location(unconfirmed)).isEqualTo(park);
        assertThat(state(PAGES).isFailing()).isTrue();
        Document confirm = parse(market.get(park, admin));
        assertThat(confirm.select("#confirm-question").text()).isEqualTo("Mettre de côté l’événement n°" + eventId + " de l’abonnement " + PAGES + " ?");
        assertThat(confirm.select("form[method=post][action=\"" + park + "\"] input[name=confirme]").val()).isEqualTo("oui");
        assertThat(confirm.select("main form[method=post] input[name=_csrf]")).hasSize(1);

        HttpResponse<String> forged = market.postForm(park, admin, Map.of("confirme", "oui", "_csrf", "forged"));
        assertThat(forged.statusCode()).as("a form without its CSRF token").isEqualTo(403);
        assertThat(state(PAGES).isFailing()).isTrue();

        HttpResponse<String> parked = market.postForm(park, admin, Map.of("confirme", "oui"));
        assertThat(BackOfficeMarket.location(parked)).isEqualTo(EVENTS + "/" + PAGES + "?ok=delivery-parked");
        assertThat(deliveries.parked(PAGES, 10)).singleElement().satisfies(event -> {
            assertThat(event.event().id()).isEqualTo(eventId);
            assertThat(event.parkedBy()).as("the admin is the actor").isEqualTo(adminActor());
            assertThat(event.lastError()).hasValueSatisfying(error -> assertThat(error).contains("loyalty server refused"));
        });
        assertThat(state(PAGES).isFailing()).isFalse();

        Document detail = parse(market.get(EVENTS + "/" + PAGES + "?ok=delivery-parked", admin));
        assertThat(detail.select(".notice--success").text()).contains("Événement mis de côté");
        assertThat(detail.select("#parked-title").text()).isEqualTo("Événements mis de côté (1)");
        assertThat(detail.select("tbody tr th").text()).isEqualTo("#" + eventId);
        assertThat(detail.select("tbody tr").text()).contains(EngineEvents.Merchants.FEATURED_CHANGED.name()).contains(adminActor());

        POISONED.get(PAGES).clear();
        HttpResponse<String> replayed = market.postForm(EVENTS + "/" + PAGES + "/en-attente/" + eventId + "/relivrer", admin, Map.of());
        assertThat(BackOfficeMarket.location(replayed)).isEqualTo(EVENTS + "/" + PAGES + "?ok=delivery-replayed");
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.parked(PAGES, 10).isEmpty());
        assertThat(RECEIVED.get(PAGES)).contains(c.rucher.id() + "@" + eventId);
        assertThat(parse(market.get(EVENTS + "/" + PAGES, admin)).select(".empty-note").text()).isEqualTo("Aucun événement mis de côté.");
    }

    @Test
    void theAdminDiscardsAParkedEventMovesASubscriptionAndForgetsOneNoNodeServes() {
        long eventId = failOn(PAGES, c.martin);
        String base = EVENTS + "/" + PAGES;
        assertThat(market.postForm(base + "/mettre-de-cote", admin, Map.of("confirme", "oui")).statusCode()).isEqualTo(303);
        String discard = base + "/en-attente/" + eventId + "/abandonner";
        assertThat(parse(market.get(discard, admin)).select("#confirm-question").text())
                .isEqualTo("Abandonner l’événement n°" + eventId + " de l’abonnement " + PAGES + " ?");
        assertThat(market.postForm(discard, admin, Map.of()).statusCode()).as("unconfirmed").isEqualTo(303);
        assertThat(deliveries.parked(PAGES, 10)).hasSize(1);
        assertThat(BackOfficeMarket.location(market.postForm(discard, admin, Map.of("confirme", "oui"))))
                .isEqualTo(base + "?ok=delivery-discarded");
        assertThat(deliveries.parked(PAGES, 10)).isEmpty();
        assertThat(market.postForm(discard, admin, Map.of("confirme", "oui")).statusCode()).as("no longer parked").isEqualTo(404);
        assertThat(RECEIVED.get(PAGES)).noneMatch(received -> received.endsWith("@" + eventId));

        // moved back after an event: the listener receives the events that follow it again
        POISONED.get(PAGES).clear();
        HttpResponse<String> badEvent = market.postForm(base + "/repositionner", admin,
                Map.of("vers", "after_event", "evenement", "douze", "confirme", "oui"));
        assertThat(badEvent.statusCode()).isEqualTo(400);
        assertThat(parse(badEvent).select(".field-error").text()).contains("Indiquez un numéro d’événement");
        assertThat(parse(market.get(base + "/repositionner?vers=sideways", admin)).select(".notice--problem").text())
                .contains("Choisissez où reprendre");
        String move = base + "/repositionner?vers=after_event&evenement=" + (eventId - 1);
        Document confirm = parse(market.get(move, admin));
        assertThat(confirm.select("#confirm-question").text()).isEqualTo("Faire reprendre l’abonnement " + PAGES + " après l’événement n°" + (eventId - 1) + " ?");
        assertThat(confirm.select("form[method=post] input[name=evenement]").val()).isEqualTo(Long.toString(eventId - 1));
        HttpResponse<String> moved = market.postForm(base + "/repositionner", admin,
                Map.of("vers", "after_event", "evenement", Long.toString(eventId - 1), "confirme", "oui"));
        assertThat(BackOfficeMarket.location(moved)).isEqualTo(base + "?ok=delivery-moved");
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.get(PAGES).contains(c.martin.id() + "@" + eventId));

        // forgetting: refused for a subscription this node serves, done for the retired plugin's
        HttpResponse<String> inUse = market.get(base + "/oublier", admin);
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(parse(inUse).select(".notice--problem").text()).contains("ne peut pas être oublié");
        String forget = EVENTS + "/" + RETIRED + "/oublier";
        assertThat(parse(market.get(EVENTS, admin)).select("tbody tr:has(a[href=\"" + EVENTS + "/" + RETIRED + "\"]) .bo-badge").text())
                .isEqualTo("Non servi");
        assertThat(parse(market.get(EVENTS + "/" + RETIRED, admin)).select("a[href=\"" + forget + "\"]")).hasSize(1);
        assertThat(parse(market.get(forget, admin)).select("#confirm-question").text()).isEqualTo("Oublier l’abonnement " + RETIRED + " ?");
        assertThat(BackOfficeMarket.location(market.postForm(forget, admin, Map.of("confirme", "oui")))).isEqualTo(EVENTS + "?ok=delivery-forgotten");
        assertThat(deliveries.subscription(RETIRED)).isEmpty();
        assertThat(market.get(EVENTS + "/" + RETIRED, admin).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiShowsParksReplaysAndDiscardsAsTheEngineSays() {
        JsonNode document = BackOfficeMarket.json(market.get("/openapi.json"));
        SchemaCheck schemas = new SchemaCheck(document);
        long eventId = failOn(API, c.lumbroise);

        JsonNode list = BackOfficeMarket.json(market.apiGet(JSON_ROOT, admin));
        assertThat(schemas.problems(response(document, JSON_ROOT, "get", 200), list)).isEmpty();
        JsonNode failing = one(list, API);
        assertThat(failing.get("servedHere").asBoolean()).isTrue();
        assertThat(failing.get("failing").get("eventId").asLong()).isEqualTo(eventId);
        assertThat(failing.get("failing").get("lastError").asText()).contains("loyalty server refused shop " + c.lumbroise.id());

        HttpResponse<String> parked = market.api("POST", JSON_ROOT + "/" + API + "/park", admin, null);
        assertThat(parked.statusCode()).isEqualTo(200);
        JsonNode afterPark = BackOfficeMarket.json(parked);
        assertThat(schemas.problems(response(document, JSON_ROOT + "/{subscription}/park", "post", 200), afterPark)).isEmpty();
        assertThat(afterPark.get("failing").isNull()).isTrue();
        assertThat(afterPark.get("parked").asLong()).isEqualTo(1);
        HttpResponse<String> again = market.api("POST", JSON_ROOT + "/" + API + "/park", admin, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(BackOfficeMarket.json(again).get("error").asText()).isEqualTo("not_failing");

        JsonNode parkedList = BackOfficeMarket.json(market.apiGet(JSON_ROOT + "/" + API + "/parked", admin));
        assertThat(schemas.problems(response(document, JSON_ROOT + "/{subscription}/parked", "get", 200), parkedList)).isEmpty();
        assertThat(parkedList.get("total").asLong()).isEqualTo(1);
        JsonNode first = parkedList.get("items").get(0);
        assertThat(first.get("event").get("id").asLong()).isEqualTo(eventId);
        assertThat(first.get("event").get("type").asText()).isEqualTo(EngineEvents.Merchants.FEATURED_CHANGED.name());
        assertThat(first.get("parkedBy").asText()).isEqualTo(adminActor());

        POISONED.get(API).clear();
        assertThat(market.api("POST", JSON_ROOT + "/" + API + "/parked/" + eventId + "/replay", admin, null).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.parked(API, 10).isEmpty());
        assertThat(RECEIVED.get(API)).contains(c.lumbroise.id() + "@" + eventId);

        long second = failOn(API, c.lumbroise);
        assertThat(market.api("POST", JSON_ROOT + "/" + API + "/park", admin, null).statusCode()).isEqualTo(200);
        HttpResponse<String> discarded = market.api("DELETE", JSON_ROOT + "/" + API + "/parked/" + second, admin, null);
        assertThat(discarded.statusCode()).isEqualTo(200);
        assertThat(BackOfficeMarket.json(discarded).get("parked").asLong()).isZero();
        assertThat(deliveries.parked(API, 10)).isEmpty();
        HttpResponse<String> gone = market.api("DELETE", JSON_ROOT + "/" + API + "/parked/" + second, admin, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(BackOfficeMarket.json(gone).get("error").asText()).isEqualTo("parked_event_not_found");
        POISONED.get(API).clear();
    }

    @Test
    void theApiNamesTheFieldAtFaultAndRefusesWhatTheEngineRefuses() {
        assertError(market.apiGet(JSON_ROOT + "/test_nobody.listens", admin), 404, "subscription_not_found", null);
        assertError(market.api("POST", JSON_ROOT + "/test_nobody.listens/retry", admin, null), 404, "subscription_not_found", null);
        assertError(market.api("POST", JSON_ROOT + "/" + API + "/parked/abc/replay", admin, null), 400, null, "eventId");
        assertError(market.api("POST", JSON_ROOT + "/" + API + "/parked/999999/replay", admin, null), 404, "parked_event_not_found", null);
        assertError(market.apiGet(JSON_ROOT + "/" + API + "/parked?limit=0", admin), 400, null, "limit");
        assertError(market.api("POST", JSON_ROOT + "/" + API + "/rewind", admin, "{}"), 400, null, "to");
        assertError(market.api("POST", JSON_ROOT + "/" + API + "/rewind", admin, "{\"to\": \"sideways\"}"), 400, null, "to");
        assertError(market.api("POST", JSON_ROOT + "/" + API + "/rewind", admin, "{\"to\": \"after_event\"}"), 400, null, "eventId");
        assertError(market.api("POST", JSON_ROOT + "/" + API + "/rewind", admin, "{\"to\": \"after_event\", \"eventId\": 0}"), 400, null, "eventId");
        assertError(market.api("POST", JSON_ROOT + "/" + API + "/rewind", admin, "{\"to\": \"after_event\", \"eventId\": 999999999}"),
                404, "event_not_found", null);
        assertError(market.api("DELETE", JSON_ROOT + "/" + API, admin, null), 409, "subscription_in_use", null);
        assertThat(deliveries.subscription(API)).isPresent();

        HttpResponse<String> now = market.api("POST", JSON_ROOT + "/" + API + "/rewind", admin, "{\"to\": \"now\"}");
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(BackOfficeMarket.json(now).get("behind").asLong()).isZero();
    }

    @Test
    void onlyTerritoryAdminsSeeOrMoveDeliveries() {
        Session shopper = market.session(market.shopper("Client curieux"));
        Session staff = market.session(market.staffOf("Vendeuse", c.martin));
        for (Session session : List.of(shopper, staff)) {
            assertThat(market.get(EVENTS, session).statusCode()).isEqualTo(403);
            assertThat(market.get(EVENTS + "/" + PAGES, session).statusCode()).isEqualTo(403);
            assertThat(market.postForm(EVENTS + "/" + PAGES + "/reessayer", session, Map.of()).statusCode()).isEqualTo(403);
            assertThat(market.postForm(EVENTS + "/" + RETIRED + "/oublier", session, Map.of("confirme", "oui")).statusCode()).isEqualTo(403);
            assertThat(market.apiGet(JSON_ROOT, session).statusCode()).isEqualTo(403);
            assertThat(market.api("POST", JSON_ROOT + "/" + PAGES + "/park", session, null).statusCode()).isEqualTo(403);
            assertThat(market.api("DELETE", JSON_ROOT + "/" + RETIRED, session, null).statusCode()).isEqualTo(403);
        }
        assertThat(market.send(HttpRequest.newBuilder(market.uri(JSON_ROOT)).header("Accept", "application/json").GET().build())
                .statusCode()).isEqualTo(401);
        assertThat(market.get(EVENTS).statusCode()).as("to the sign-in page").isEqualTo(303);
    }

    private static JsonNode one(JsonNode list, String name) {
        for (JsonNode item : list.get("items")) {
            if (item.get("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no subscription " + name + " in " + list);
    }

    private static JsonNode response(JsonNode document, String path, String method, int status) {
        return document.get("paths").get(path).get(method).get("responses").get(Integer.toString(status)).get("content")
                .get("application/json").get("schema");
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = BackOfficeMarket.json(response);
        if (code != null) {
            assertThat(error.get("error").asText()).isEqualTo(code);
        }
        if (field != null) {
            assertThat(error.get("field").asText()).isEqualTo(field);
        }
    }
}
