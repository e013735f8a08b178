package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/** The trainer's sessions, and one session's roster with the attendance form. */
public final class TrainerView {
    private TrainerView() {
    }

    public record Sessions(BackOfficeFrame frame, List<Row> sessions) {
        public Sessions {
            sessions = List.copyOf(sessions);
        }
    }

    public record Row(String url, String moduleTitle, String when, String whenIso, String where, int booked, int capacity, int waiting,
                      Badge status) {
    }

    /**
     * @param canMark whether attendance can be marked now (the session has started and is not cancelled)
     */
    public record Roster(BackOfficeFrame frame, WorkshopsView.SessionCard session, Badge status, boolean canMark, String action,
                         List<Attendee> booked, List<Attendee> waiting, String backUrl) {
        public Roster {
            booked = List.copyOf(booked);
            waiting = List.copyOf(waiting);
        }
    }

    /** @param mark PRESENT, ABSENT or empty when not marked yet */
    public record Attendee(long bookingId, String name, String email, String shop, String mark, String position) {
    }
}
