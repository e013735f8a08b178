package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EventDeliveries;
import io.comptoir.engine.api.event.SubscriptionState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/admin/event-deliveries}: the event delivery as JSON, for territory admins and their tools — the same
 * view and moves as the page {@code /admin/evenements}, each naming the admin as its actor. An action answers the
 * subscription as it stands after it (it takes effect at the subscription's next delivery round).
 */
final class EventDeliveriesApi {
    static final String ROOT = AdminApi.ROOT + "/event-deliveries";
    static final int MAX_PARKED = 500;

    private final Marketplace marketplace;

    EventDeliveriesApi(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    void register(RoutesConfig routes) {
        String one = ROOT + "/{subscription}";
        routes.get(ROOT, this::list, AdminBackOffice.ADMIN);
        routes.get(one, this::one, AdminBackOffice.ADMIN);
        routes.delete(one, this::forget, AdminBackOffice.ADMIN);
        routes.post(one + "/retry", this::retry, AdminBackOffice.ADMIN);
        routes.post(one + "/park", this::park, AdminBackOffice.ADMIN);
        routes.post(one + "/rewind", this::rewind, AdminBackOffice.ADMIN);
        routes.get(one + "/parked", this::parked, AdminBackOffice.ADMIN);
        routes.post(one + "/parked/{eventId}/replay", this::replay, AdminBackOffice.ADMIN);
        routes.delete(one + "/parked/{eventId}", this::discard, AdminBackOffice.ADMIN);
    }

    private EventDeliveries deliveries() {
        return EventDeliveryPages.deliveries(marketplace);
    }

    private SubscriptionState subscription(Context ctx) {
        String name = ctx.pathParam("subscription");
        return deliveries().subscription(name).orElseThrow(() -> NotFoundException.of("subscription", name));
    }

    private void answer(Context ctx, String name) {
        ctx.json(EventDeliveryJson.Subscription.of(deliveries().subscription(name)
                .orElseThrow(() -> NotFoundException.of("subscription", name))));
    }

    private void list(Context ctx) {
        ctx.json(new EventDeliveryJson.SubscriptionList(deliveries().subscriptions().stream().map(EventDeliveryJson.Subscription::of).toList()));
    }

    private void one(Context ctx) {
        ctx.json(EventDeliveryJson.Subscription.of(subscription(ctx)));
    }

    private void parked(Context ctx) {
        SubscriptionState state = subscription(ctx);
        int limit = new QueryParams(ctx).integer("limit", 100, 1, MAX_PARKED);
        ctx.json(new EventDeliveryJson.ParkedList(state.name(), deliveries().parked(state.name(), limit).stream()
                .map(EventDeliveryJson.Parked::of).toList(), state.parked()));
    }

    private void retry(Context ctx) {
        SubscriptionState state = subscription(ctx);
        deliveries().retryNow(state.name(), Viewer.of(ctx).actor());
        answer(ctx, state.name());
    }

    private void park(Context ctx) {
        SubscriptionState state = subscription(ctx);
        deliveries().parkFailing(state.name(), Viewer.of(ctx).actor());
        answer(ctx, state.name());
    }

    private void replay(Context ctx) {
        SubscriptionState state = subscription(ctx);
        deliveries().replayParked(state.name(), PathParams.positiveId(ctx, "eventId"), Viewer.of(ctx).actor());
        answer(ctx, state.name());
    }

    private void discard(Context ctx) {
        SubscriptionState state = subscription(ctx);
        deliveries().discardParked(state.name(), PathParams.positiveId(ctx, "eventId"), Viewer.of(ctx).actor());
        answer(ctx, state.name());
    }

    /** {@code {"to": "now" | "beginning" | "after_event", "eventId": 123}}. */
    private void rewind(Context ctx) {
        SubscriptionState state = subscription(ctx);
        JsonBody body = JsonBody.of(ctx);
        String to = body.optionalText("to", 20).orElseThrow(() -> InvalidInputException.invalid("to", "to is required"));
        Optional<String> eventId = body.optionalInteger("eventId", 1, Long.MAX_VALUE).map(String::valueOf);
        deliveries().rewind(state.name(), RewindTarget.of("to", to).start("eventId", eventId), Viewer.of(ctx).actor());
        answer(ctx, state.name());
    }

    private void forget(Context ctx) {
        SubscriptionState state = subscription(ctx);
        deliveries().forget(state.name(), Viewer.of(ctx).actor());
        ctx.status(204);
    }
}
