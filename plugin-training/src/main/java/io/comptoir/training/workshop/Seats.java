package io.comptoir.training.workshop;

import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives free seats to the waiting list, first arrived first served. Called with the session row locked, so each freed
 * seat goes to exactly one person.
 */
final class Seats {
    private Seats() {
    }

    /** @return the ids of the bookings promoted, in order */
    static List<Long> fill(Handle handle, SessionRow session, Instant now, Duration reminderLead) {
        BookingDao dao = handle.attach(BookingDao.class);
        List<Long> promoted = new ArrayList<>();
        int booked = dao.booked(session.id());
        while (booked < session.capacity()) {
            Optional<BookingRow> next = dao.firstWaiting(session.id());
            if (next.isEmpty()) {
                break;
            }
            if (dao.promote(next.get().id(), now, reminderCoveredBy(session, now, reminderLead)) != 1) {
                throw new IllegalStateException("booking " + next.get().id() + " changed under the session lock");
            }
            promoted.add(next.get().id());
            booked++;
        }
        return promoted;
    }

    /**
     * A seat confirmed within the reminder window gets no separate reminder: the confirmation carries the same details.
     * Returns the instant to record as "reminder sent", or null.
     */
    static Instant reminderCoveredBy(SessionRow session, Instant now, Duration reminderLead) {
        return now.isBefore(session.startsAt().minus(reminderLead)) ? null : now;
    }
}
