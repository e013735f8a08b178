package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.training.api.SessionDraft;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.api.Workshops;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/formation/sessions}: workshop sessions to come and past, the form to plan one, and each session's
 * bookings, waiting list and attendance as the trainer marked it; a session that has not started can be called off.
 */
final class SessionAdminPages {
    static final int PAST_DAYS = 180;
    static final int FUTURE_DAYS = 365;

    private final TrainingBackOffice office;
    private final SessionForm forms;

    SessionAdminPages(TrainingBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.forms = new SessionForm(office.services());
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingAdminPaths.SESSIONS, this::list, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.SESSIONS, this::schedule, TrainingBackOffice.ADMIN);
        routes.get(TrainingAdminPaths.SESSIONS + "/{sessionId}", this::detail, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.SESSIONS + "/{sessionId}", this::update, TrainingBackOffice.ADMIN);
        routes.post(TrainingAdminPaths.SESSIONS + "/{sessionId}/annulation", this::cancel, TrainingBackOffice.ADMIN);
    }

    private Workshops workshops() {
        return office.services().workshops();
    }

    private void list(Context ctx) {
        renderList(ctx, 200, Notice.none(), forms.blank());
    }

    private void renderList(Context ctx, int status, Optional<Notice> notice, FormValues form) {
        TrainingFrame frame = office.frame(ctx, TrainingTab.SESSIONS, notice);
        Instant now = office.services().marketplace().clock().instant();
        LocalDate today = office.services().marketplace().calendar().dayOf(now);
        List<WorkshopSession> sessions = workshops().sessions(today.minusDays(PAST_DAYS), today.plusDays(FUTURE_DAYS), Viewer.of(ctx).actor());
        List<WorkshopSession> upcoming = sessions.stream().filter(session -> session.startsAt().isAfter(now)).toList();
        List<WorkshopSession> past = sessions.stream().filter(session -> !session.startsAt().isAfter(now))
                .sorted((a, b) -> b.startsAt().compareTo(a.startsAt())).toList();
        TrainingBackOffice.render(ctx, status, "training/admin/sessions.jte",
                new SessionListView(frame, upcoming, past, forms.choices(), form));
    }

    private void schedule(Context ctx) {
        try {
            SessionDraft draft = SessionInputs.session(new FormParams(ctx));
            WorkshopSession session = workshops().schedule(draft, Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.session(session.id().value()), "session-created");
        }
        catch (InvalidInputException e) {
            TrainingFrame frame = office.frame(ctx, TrainingTab.SESSIONS, Notice.none());
            renderList(ctx, 400, Optional.of(TrainingBackOffice.problem(frame, e)), FormValues.of(ctx.formParamMap()));
        }
    }

    private SessionId sessionId(Context ctx) {
        SessionId id = new SessionId(PathParams.pageId(ctx, "sessionId"));
        workshops().session(id).orElseThrow(() -> NotFoundException.of("session", id));
        return id;
    }

    private void detail(Context ctx) {
        renderSession(ctx, sessionId(ctx), 200, Notice.none(), FormValues.empty(), Optional.empty(), "");
    }

    /** @param edit what the change form shows: the session as it is when empty */
    private void renderSession(Context ctx, SessionId id, int status, Optional<Notice> notice, FormValues form, Optional<FormValues> edit,
                               String sent) {
        TrainingFrame frame = office.frame(ctx, TrainingTab.SESSIONS, notice);
        var roster = workshops().roster(id, Viewer.of(ctx).actor());
        TrainingBackOffice.render(ctx, status, "training/admin/session.jte", new SessionView(frame, roster,
                office.services().marketplace().clock().instant(), form, edit.orElseGet(() -> forms.values(roster.session())),
                forms.choices(), sent));
    }

    private void update(Context ctx) {
        SessionId id = sessionId(ctx);
        try {
            workshops().update(id, SessionInputs.session(new FormParams(ctx)), Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.session(id.value()), "session-saved");
        }
        catch (InvalidInputException | ConflictException e) {
            TrainingFrame frame = office.frame(ctx, TrainingTab.SESSIONS, Notice.none());
            renderSession(ctx, id, e instanceof ConflictException ? 409 : 400, Optional.of(TrainingBackOffice.problem(frame, e)),
                    FormValues.empty(), Optional.of(FormValues.of(ctx.formParamMap())), "edit");
        }
    }

    private void cancel(Context ctx) {
        SessionId id = sessionId(ctx);
        try {
            workshops().cancelSession(id, new FormParams(ctx).raw("reason"), Viewer.of(ctx).actor());
            TrainingBackOffice.done(ctx, TrainingAdminPaths.session(id.value()), "session-cancelled");
        }
        catch (InvalidInputException | ConflictException e) {
            TrainingFrame frame = office.frame(ctx, TrainingTab.SESSIONS, Notice.none());
            renderSession(ctx, id, e instanceof ConflictException ? 409 : 400, Optional.of(TrainingBackOffice.problem(frame, e)),
                    FormValues.of(ctx.formParamMap()), Optional.empty(), "cancel");
        }
    }
}
