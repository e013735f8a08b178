package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Attendance;
import io.comptoir.training.api.BookingId;
import io.comptoir.training.api.RosterEntry;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.SessionRoster;
import io.comptoir.training.api.SessionStatus;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.api.Workshops;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /formateur}: a trainer's sessions, each with its roster; the trainer (or an admin) marks who came, and coming
 * completes the module for the person's shop. Form fields {@code presence-{bookingId}} hold PRESENT or ABSENT.
 */
final class TrainerPages {
    static final AccessRole[] TRAINERS = {AccessRole.of(TrainingRoles.TRAINER), AccessRole.TERRITORY_ADMIN};
    static final String FIELD = "presence-";

    private final TrainingServices services;
    private final BackOffices backOffices;

    TrainerPages(TrainingServices services, BackOffices backOffices) {
        this.services = requireNonNull(services, "services is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingPaths.TRAINER, this::sessions, TRAINERS);
        routes.get(TrainingPaths.TRAINER + "/sessions/{sessionId}", this::roster, TRAINERS);
        routes.post(TrainingPaths.TRAINER + "/sessions/{sessionId}/presences", this::mark, TRAINERS);
    }

    private BackOfficeFrame frame(Context ctx, boolean sessionsCurrent) {
        return backOffices.frame(ctx, TrainingNav.TRAINER, sessionsCurrent ? Optional.of(TrainingNav.TRAINER_SESSIONS) : Optional.empty(), 0);
    }

    private void sessions(Context ctx) {
        Workshops workshops = services.get(Workshops.class);
        BackOfficeFrame frame = frame(ctx, true);
        Page page = frame.page();
        List<TrainerView.Row> rows = workshops.sessionsOfTrainer(Viewer.of(ctx).actor()).stream().map(session -> new TrainerView.Row(
                TrainingPaths.trainerSession(session.id()), session.moduleTitle(), Formats.dateTime(page, session.startsAt()),
                Formats.iso(page, session.startsAt()), WorkshopPages.where(page, session), session.booked(), session.capacity(),
                        session.waiting(),
                status(page, session.status()))).toList();
        PageFactory.render(ctx, "training/trainer/sessions.jte", new TrainerView.Sessions(frame, rows));
    }

    static Badge status(Page page, SessionStatus status) {
        return new Badge(page.t("training.session.status." + status.name()), status == SessionStatus.CANCELLED ? "muted" : "info");
    }

    private SessionId sessionId(Context ctx) {
        return new SessionId(PathParams.pageId(ctx, "sessionId"));
    }

    private void roster(Context ctx) {
        SessionRoster roster = services.get(Workshops.class).roster(sessionId(ctx), Viewer.of(ctx).actor());
        render(ctx, roster, Notice.none(), 200);
    }

    private void mark(Context ctx) {
        Workshops workshops = services.get(Workshops.class);
        SessionId id = sessionId(ctx);
        SessionRoster roster = workshops.roster(id, Viewer.of(ctx).actor());
        FormParams form = new FormParams(ctx);
        Page page = frame(ctx, false).page();
        try {
            Map<BookingId, Attendance> marks = new LinkedHashMap<>();
            for (RosterEntry entry : roster.booked()) {
                String field = FIELD + entry.booking().id().value();
                if (!form.raw(field).isEmpty()) {
                    marks.put(entry.booking().id(), form.choice(field, Attendance.class));
                }
            }
            workshops.recordAttendance(id, marks, Viewer.of(ctx).actor());
            ctx.redirect(TrainingPaths.trainerSession(id) + "?ok=attendance-saved", io.javalin.http.HttpStatus.SEE_OTHER);
        }
        catch (InvalidInputException e) {
            render(ctx, roster, Optional.of(Notice.problem(page.t("training.trainer.markSomeone"))), 400);
        }
        catch (ConflictException e) {
            render(ctx, roster, Optional.of(new Problems(page).of(e)), 409);
        }
    }

    private void render(Context ctx, SessionRoster roster, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = frame(ctx, false).withNotice(notice);
        Page page = frame.page();
        WorkshopSession session = roster.session();
        Instant now = services.marketplace().clock().instant();
        boolean canMark = session.status() != SessionStatus.CANCELLED && !now.isBefore(session.startsAt());
        ctx.status(status);
        PageFactory.render(ctx, "training/trainer/roster.jte", new TrainerView.Roster(frame, WorkshopPages.card(page, session),
                status(page, session.status()), canMark, TrainingPaths.trainerSession(session.id()) + "/presences",
                roster.booked().stream().map(entry -> attendee(page, entry)).toList(),
                roster.waiting().stream().map(entry -> attendee(page, entry)).toList(), TrainingPaths.TRAINER));
    }

    private static TrainerView.Attendee attendee(Page page, RosterEntry entry) {
        return new TrainerView.Attendee(entry.booking().id().value(), entry.attendeeName(), entry.attendeeEmail(), entry.shopName(),
                entry.booking().attendance().map(Enum::name).orElse(""),
                entry.booking().waitingPosition().map(p -> page.t("training.booking.position", p)).orElse(""));
    }
}
