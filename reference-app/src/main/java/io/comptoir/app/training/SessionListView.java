package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.training.api.WorkshopSession;

import java.util.List;

/** Sessions to come and past, and the form to plan one. */
public record SessionListView(TrainingFrame frame, List<WorkshopSession> upcoming, List<WorkshopSession> past, SessionForm.Choices choices,
                              FormValues form) {
    public SessionListView {
        upcoming = List.copyOf(upcoming);
        past = List.copyOf(past);
    }

    public String url(WorkshopSession session) {
        return TrainingAdminPaths.session(session.id().value());
    }

    public String when(WorkshopSession session) {
        return Formats.dateTime(frame.page(), session.startsAt());
    }

    public String iso(WorkshopSession session) {
        return Formats.iso(frame.page(), session.startsAt());
    }

    /** The venue, its commune, and "online" when it has a link. */
    public String where(WorkshopSession session) {
        StringBuilder where = new StringBuilder(session.place());
        session.communeName().ifPresent(name -> where.append(where.isEmpty() ? "" : ", ").append(name));
        if (session.isOnline()) {
            where.append(where.isEmpty() ? "" : " · ").append(frame.page().t("bo.training.session.online"));
        }
        return where.toString();
    }

    public String action() {
        return TrainingAdminPaths.SESSIONS;
    }
}
