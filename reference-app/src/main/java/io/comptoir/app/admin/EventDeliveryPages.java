package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.AfterChange;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EventDeliveries;
import io.comptoir.engine.api.event.ParkedEvent;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.event.SubscriptionState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/evenements}: the event delivery as operators run it. Every subscription with its place in the feed, its
 * lag, the event it retries and why; retry now, park the failing event, replay or discard parked ones, move a
 * subscription in the feed, forget one no node serves. Each action that loses something (park, discard, move, forget)
 * is asked on a page of its own first: a GET of the action's address shows what it will do, its POST with
 * {@code confirme} does it, a POST without is sent to that page. Every action names the admin as its actor.
 */
final class EventDeliveryPages {
    static final int PARKED_SHOWN = 100;
    private static final String CONFIRMED = "confirme";
    private static final String TARGET = "vers";
    private static final String EVENT = "evenement";

    private final AdminBackOffice office;
    private final Marketplace marketplace;

    EventDeliveryPages(AdminBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
    }

    void register(RoutesConfig routes) {
        String one = AdminPaths.EVENTS + "/{subscription}";
        String parked = one + "/en-attente/{eventId}";
        routes.get(AdminPaths.EVENTS, this::list, AdminBackOffice.ADMIN);
        routes.get(one, this::detail, AdminBackOffice.ADMIN);
        routes.post(one + "/reessayer", this::retry, AdminBackOffice.ADMIN);
        routes.get(one + "/mettre-de-cote", ctx -> confirm(ctx, Action.PARK), AdminBackOffice.ADMIN);
        routes.post(one + "/mettre-de-cote", this::park, AdminBackOffice.ADMIN);
        routes.post(parked + "/relivrer", this::replay, AdminBackOffice.ADMIN);
        routes.get(parked + "/abandonner", ctx -> confirm(ctx, Action.DISCARD), AdminBackOffice.ADMIN);
        routes.post(parked + "/abandonner", this::discard, AdminBackOffice.ADMIN);
        routes.get(one + "/repositionner", ctx -> confirm(ctx, Action.REWIND), AdminBackOffice.ADMIN);
        routes.post(one + "/repositionner", this::rewind, AdminBackOffice.ADMIN);
        routes.get(one + "/oublier", ctx -> confirm(ctx, Action.FORGET), AdminBackOffice.ADMIN);
        routes.post(one + "/oublier", this::forget, AdminBackOffice.ADMIN);
    }

    /** The engine's service: always registered by the engine itself. */
    static EventDeliveries deliveries(Marketplace marketplace) {
        return marketplace.plugin(EventDeliveries.class)
                .orElseThrow(() -> new IllegalStateException("the engine registers no EventDeliveries service"));
    }

    /** For the navigation's count: subscriptions retrying an event or holding parked ones. */
    static long needingAttention(Marketplace marketplace) {
        return deliveries(marketplace).subscriptions().stream().filter(state -> state.isFailing() || state.parked() > 0).count();
    }

    /** The actions that ask first, with the words of their confirmation page. */
    private enum Action {
        PARK("park"), DISCARD("discard"), REWIND("rewind"), FORGET("forget");

        final String key;

        Action(String key) {
            this.key = "bo.admin.events.confirm." + key;
        }
    }

    private EventDeliveries deliveries() {
        return deliveries(marketplace);
    }

    private SubscriptionState subscription(Context ctx) {
        String name = ctx.pathParam("subscription");
        return deliveries().subscription(name).orElseThrow(() -> NotFoundException.of("subscription", name));
    }

    private void list(Context ctx) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.EVENTS);
        Page page = frame.page();
        PageFactory.render(ctx, "admin/events.jte", new DeliveriesView(frame,
                deliveries().subscriptions().stream().map(state -> row(page, state)).toList()));
    }

    private void detail(Context ctx) {
        SubscriptionState state = subscription(ctx);
        QueryParams query = new QueryParams(ctx);
        renderDetail(ctx, state, Notice.none(), 200, query.text(TARGET, 20).orElse("now"), query.text(EVENT, 20).orElse(""));
    }

    private void renderDetail(Context ctx, SubscriptionState state, Optional<Notice> notice, int status, String target, String event) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.EVENTS).withNotice(notice);
        Page page = frame.page();
        String base = AdminPaths.subscription(state.name());
        List<SubscriptionView.Parked> parked = deliveries().parked(state.name(), PARKED_SHOWN).stream()
                .map(each -> parked(page, base, each)).toList();
        ctx.status(status);
        PageFactory.render(ctx, "admin/subscription.jte", new SubscriptionView(frame, row(page, state), parked, PARKED_SHOWN,
                base + "/repositionner", base + "/oublier", target, event));
    }

    private static DeliveriesView.Subscription row(Page page, SubscriptionState state) {
        String base = AdminPaths.subscription(state.name());
        Badge badge = state.isFailing() ? new Badge(page.t("bo.admin.events.state.failing"), "danger")
                : state.parked() > 0 ? new Badge(page.t("bo.admin.events.state.parked"), "warning")
                : !state.servedHere() ? new Badge(page.t("bo.admin.events.state.notServed"), "muted")
                : state.behind() > 0 ? new Badge(page.t("bo.admin.events.state.behind"), "info")
                : new Badge(page.t("bo.admin.events.state.upToDate"), "success");
        Optional<DeliveriesView.Failing> failing = state.isFailing()
                ? Optional.of(new DeliveriesView.Failing(state.failingEventId().getAsLong(), state.attempts(),
                Formats.dateTime(page, state.nextAttemptAt()), Formats.iso(page, state.nextAttemptAt()), state.lastError().orElse("")))
                : Optional.empty();
        return new DeliveriesView.Subscription(state.name(), base, badge, state.servedHere(),
                page.t("bo.admin.events.lastServed", Formats.dateTime(page, state.lastServedAt()), state.lastServedBy()),
                state.lastEventId().isPresent() ? "#" + state.lastEventId().getAsLong() : "—", state.behind(), failing, state.parked(),
                state.leasedBy(), base + "/reessayer", base + "/mettre-de-cote");
    }

    private static SubscriptionView.Parked parked(Page page, String base, ParkedEvent parked) {
        var event = parked.event();
        String data = new TreeMap<>(event.data()).entrySet().stream().map(entry -> entry.getKey() + " = " + entry.getValue())
                .collect(Collectors.joining("\n"));
        String eventBase = base + "/en-attente/" + event.id();
        return new SubscriptionView.Parked(event.id(), event.type(), event.aggregateType() + " " + event.aggregateId(),
                Formats.dateTime(page, event.occurredAt()), Formats.iso(page, event.occurredAt()), parked.attempts(),
                parked.lastError().orElse(""), Formats.dateTime(page, parked.parkedAt()), parked.parkedBy(), parked.replayRequested(),
                data, eventBase + "/relivrer", eventBase + "/abandonner");
    }

    // ---------- the confirmation pages ----------

    private void confirm(Context ctx, Action action) {
        SubscriptionState state = subscription(ctx);
        Page page = office.page(ctx);
        String base = AdminPaths.subscription(state.name());
        Map<String, String> fields = new LinkedHashMap<>();
        String what;
        switch (action) {
            case PARK -> {
                if (!state.isFailing()) {
                    renderDetail(ctx, state, Optional.of(Notice.problem(page.t("bo.conflict.not_failing"))), 409, "now", "");
                    return;
                }
                what = page.t(action.key + ".question", state.name(), state.failingEventId().getAsLong());
            }
            case DISCARD -> {
                long eventId = PathParams.pageId(ctx, "eventId");
                requireParked(state, eventId);
                what = page.t(action.key + ".question", state.name(), eventId);
            }
            case REWIND -> {
                QueryParams query = new QueryParams(ctx);
                String target = query.text(TARGET, 20).orElse("");
                Optional<String> event = query.text(EVENT, 20);
                try {
                    RewindTarget chosen = RewindTarget.of(TARGET, target);
                    SubscriptionStart start = chosen.start(EVENT, event);
                    what = page.t(action.key + ".question." + chosen.key(), state.name(),
                            start instanceof SubscriptionStart.AfterEvent after ? after.eventId() : 0);
                }
                catch (InvalidInputException e) {
                    renderDetail(ctx, state, Optional.of(new Problems(page).of(e)), 400, target, event.orElse(""));
                    return;
                }
                fields.put(TARGET, target);
                event.ifPresent(id -> fields.put(EVENT, id));
            }
            case FORGET -> {
                if (state.servedHere()) {
                    renderDetail(ctx, state, Optional.of(Notice.problem(page.t("bo.conflict.subscription_in_use"))), 409, "now", "");
                    return;
                }
                what = page.t(action.key + ".question", state.name());
            }
            default -> throw new IllegalStateException("no confirmation for " + action);
        }
        fields.put(CONFIRMED, "oui");
        BackOfficeFrame frame = office.frame(ctx, AdminNav.EVENTS);
        PageFactory.render(ctx, "admin/confirm.jte", new DeliveryConfirmView(frame, page.t(action.key + ".title"), what,
                page.t(action.key + ".consequence"), ctx.path(), fields, page.t(action.key + ".button"), base));
    }

    private void requireParked(SubscriptionState state, long eventId) {
        if (deliveries().parked(state.name(), 500).stream().noneMatch(parked -> parked.event().id() == eventId)) {
            throw new NotFoundException("parked_event_not_found", "event " + eventId + " is not parked for " + state.name());
        }
    }

    /** Whether the form carries the confirmation; if not, the answer is the confirmation page, and nothing is done. */
    private static boolean confirmed(Context ctx, FormParams form, Map<String, String> query) {
        if (form.checked(CONFIRMED)) {
            return true;
        }
        String parameters = query.entrySet().stream().map(entry -> entry.getKey() + "=" + Paths.encodeQuery(entry.getValue()))
                .collect(Collectors.joining("&"));
        ctx.redirect(ctx.path() + (parameters.isEmpty() ? "" : "?" + parameters), io.javalin.http.HttpStatus.SEE_OTHER);
        return false;
    }

    // ---------- the actions ----------

    private void retry(Context ctx) {
        SubscriptionState state = subscription(ctx);
        deliveries().retryNow(state.name(), Viewer.of(ctx).actor());
        done(ctx, state, "delivery-retried");
    }

    private void park(Context ctx) {
        SubscriptionState state = subscription(ctx);
        if (!confirmed(ctx, new FormParams(ctx), Map.of())) {
            return;
        }
        act(ctx, state, () -> deliveries().parkFailing(state.name(), Viewer.of(ctx).actor()), "delivery-parked");
    }

    private void replay(Context ctx) {
        SubscriptionState state = subscription(ctx);
        long eventId = PathParams.pageId(ctx, "eventId");
        deliveries().replayParked(state.name(), eventId, Viewer.of(ctx).actor());
        done(ctx, state, "delivery-replayed");
    }

    private void discard(Context ctx) {
        SubscriptionState state = subscription(ctx);
        long eventId = PathParams.pageId(ctx, "eventId");
        if (!confirmed(ctx, new FormParams(ctx), Map.of())) {
            return;
        }
        deliveries().discardParked(state.name(), eventId, Viewer.of(ctx).actor());
        done(ctx, state, "delivery-discarded");
    }

    private void rewind(Context ctx) {
        SubscriptionState state = subscription(ctx);
        FormParams form = new FormParams(ctx);
        String target = form.raw(TARGET);
        Optional<String> event = form.text(EVENT);
        Map<String, String> query = new LinkedHashMap<>();
        query.put(TARGET, target);
        event.ifPresent(id -> query.put(EVENT, id));
        if (!confirmed(ctx, form, query)) {
            return;
        }
        SubscriptionStart start;
        try {
            start = RewindTarget.of(TARGET, target).start(EVENT, event);
        }
        catch (InvalidInputException e) {
            renderDetail(ctx, state, Optional.of(new Problems(office.page(ctx)).of(e)), 400, target, event.orElse(""));
            return;
        }
        act(ctx, state, () -> deliveries().rewind(state.name(), start, Viewer.of(ctx).actor()), "delivery-moved");
    }

    private void forget(Context ctx) {
        SubscriptionState state = subscription(ctx);
        if (!confirmed(ctx, new FormParams(ctx), Map.of())) {
            return;
        }
        try {
            deliveries().forget(state.name(), Viewer.of(ctx).actor());
        }
        catch (ConflictException e) {
            renderDetail(ctx, state, Optional.of(new Problems(office.page(ctx)).of(e)), 409, "now", "");
            return;
        }
        AfterChange.redirect(ctx, AdminPaths.EVENTS, "delivery-forgotten");
    }

    /** Does an action the engine may refuse as a conflict (the subscription moved on meanwhile): said on its page. */
    private void act(Context ctx, SubscriptionState state, Runnable action, String flash) {
        try {
            action.run();
        }
        catch (ConflictException e) {
            SubscriptionState now = deliveries().subscription(state.name()).orElse(state);
            renderDetail(ctx, now, Optional.of(new Problems(office.page(ctx)).of(e)), 409, "now", "");
            return;
        }
        done(ctx, state, flash);
    }

    private static void done(Context ctx, SubscriptionState state, String flash) {
        AfterChange.redirect(ctx, AdminPaths.subscription(state.name()), flash);
    }
}
