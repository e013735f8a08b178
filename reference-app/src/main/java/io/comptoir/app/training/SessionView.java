package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.training.api.RosterEntry;
import io.comptoir.training.api.SessionRoster;
import io.comptoir.training.api.SessionStatus;
import io.comptoir.training.api.WorkshopSession;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One session: its facts, seats and waiting list, attendance, and the forms to change it and to call it off.
 *
 * @param sent which form was sent and refused ({@code edit} or {@code cancel}), or empty: only its fields show problems
 */
public record SessionView(TrainingFrame frame, SessionRoster roster, Instant now, FormValues form, FormValues editForm,
                          SessionForm.Choices choices, String sent) {

    public TrainingFrame editFrame() {
        return sent.equals("edit") ? frame : frame.quiet();
    }

    public TrainingFrame cancelFrame() {
        return sent.equals("cancel") ? frame : frame.quiet();
    }

    public String editAction() {
        return TrainingAdminPaths.session(session().id().value());
    }

    public WorkshopSession session() {
        return roster.session();
    }

    public String starts() {
        return Formats.dateTime(frame.page(), session().startsAt());
    }

    public String ends() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(frame.page().i18n().locale()).withZone(frame.page().zone())
                .format(session().endsAt());
    }

    public boolean cancelled() {
        return session().status() == SessionStatus.CANCELLED;
    }

    /** Whether it can still be called off: scheduled and not started. */
    public boolean cancellable() {
        return !cancelled() && now.isBefore(session().startsAt());
    }

    public boolean started() {
        return !now.isBefore(session().startsAt());
    }

    /** How the trainer marked the person, in words. */
    public String attendance(RosterEntry entry) {
        return entry.booking().attendance().map(mark -> frame.page().t("bo.training.attendance." + mark.name()))
                .orElse(frame.page().t(started() ? "bo.training.attendance.unmarked" : "bo.training.attendance.later"));
    }

    public String requestedAt(RosterEntry entry) {
        return Formats.dateTime(frame.page(), entry.booking().requestedAt());
    }

    public String cancelAction() {
        return TrainingAdminPaths.session(session().id().value()) + "/annulation";
    }
}
