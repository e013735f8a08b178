package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.SessionId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/admin/training/sessions}: workshop sessions, their bookings and waiting lists; the trainers to choose from. */
final class SessionAdminApi {
    private static final String ROOT = TrainingAdminPaths.API;
    static final int MAX_DAYS = 731;

    private final TrainingServices services;

    SessionAdminApi(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    void register(RoutesConfig routes, AccessRole role) {
        routes.get(ROOT + "/sessions", this::sessions, role);
        routes.post(ROOT + "/sessions", this::schedule, role);
        routes.get(ROOT + "/sessions/{sessionId}", this::roster, role);
        routes.put(ROOT + "/sessions/{sessionId}", this::update, role);
        routes.post(ROOT + "/sessions/{sessionId}/cancel", this::cancel, role);
        routes.get(ROOT + "/trainers", this::trainers, role);
    }

    record SessionList(LocalDate from, LocalDate until, List<TrainingAdminJson.SessionJson> items) {
    }

    record Trainer(long id, String name, String email) {
    }

    private void sessions(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        LocalDate today = services.marketplace().today();
        LocalDate from = params.text("from", 10).map(text -> SessionInputs.date("from", text)).orElse(today.minusDays(90));
        LocalDate until = params.text("until", 10).map(text -> SessionInputs.date("until", text)).orElse(today.plusDays(365));
        if (until.isBefore(from) || ChronoUnit.DAYS.between(from, until) > MAX_DAYS) {
            throw InvalidInputException.invalid("until", "until is on or after from, at most two years later");
        }
        ctx.json(new SessionList(from, until, services.workshops().sessions(from, until, Viewer.of(ctx).actor()).stream()
                .map(TrainingAdminJson.SessionJson::of).toList()));
    }

    private void schedule(Context ctx) {
        SessionDraft draft = SessionInputs.session(JsonBody.of(ctx));
        ctx.status(201).json(TrainingAdminJson.SessionJson.of(services.workshops().schedule(draft, Viewer.of(ctx).actor())));
    }

    private SessionId sessionOf(Context ctx) {
        return new SessionId(PathParams.positiveId(ctx, "sessionId"));
    }

    private void roster(Context ctx) {
        ctx.json(TrainingAdminJson.RosterJson.of(services.workshops().roster(sessionOf(ctx), Viewer.of(ctx).actor())));
    }

    private void update(Context ctx) {
        SessionId id = sessionOf(ctx);
        SessionDraft draft = SessionInputs.session(JsonBody.of(ctx));
        ctx.json(TrainingAdminJson.SessionJson.of(services.workshops().update(id, draft, Viewer.of(ctx).actor())));
    }

    private void cancel(Context ctx) {
        SessionId id = sessionOf(ctx);
        String reason = JsonBody.of(ctx).text("reason", 1_000);
        ctx.json(TrainingAdminJson.SessionJson.of(services.workshops().cancelSession(id, reason, Viewer.of(ctx).actor())));
    }

    private void trainers(Context ctx) {
        services.workshops(); // 404 where the training plugin does not run, like every other route here
        ctx.json(TrainingShops.trainers(services.marketplace()).stream()
                .map(account -> new Trainer(account.id().value(), account.displayName(), account.email())).toList());
    }
}
