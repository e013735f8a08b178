package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/** The workshops to come, with seats left and a booking form, and the shop's bookings with their state. */
public record WorkshopsView(BackOfficeFrame frame, List<SessionCard> sessions, List<Person> staff, List<BookingRow> bookings,
                            String bookUrl) {
    public WorkshopsView {
        sessions = List.copyOf(sessions);
        staff = List.copyOf(staff);
        bookings = List.copyOf(bookings);
    }

    /** @param where the place and commune, or "online" */
    public record SessionCard(long id, String moduleTitle, String when, String whenIso, String where, String trainer, int capacity,
                              int seatsLeft, int waiting) {
    }

    public record Person(long id, String name, boolean me) {
    }

    /** @param cancelUrl empty once the booking cannot be cancelled any more */
    public record BookingRow(String moduleTitle, String when, String attendee, Badge state, String position, String cancelUrl) {
    }
}
