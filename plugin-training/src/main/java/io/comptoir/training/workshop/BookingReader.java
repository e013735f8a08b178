package io.comptoir.training.workshop;

import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingState;
import org.jdbi.v3.core.Handle;

import java.util.Optional;

/** Turns booking rows into bookings, with their place on the waiting list. */
final class BookingReader {
    private BookingReader() {
    }

    static Booking read(Handle handle, BookingRow row) {
        Optional<Integer> position = row.bookingState() == BookingState.WAITING
                ? Optional.of(handle.attach(BookingDao.class).waitingRank(row.sessionId(), row.seq()))
                : Optional.empty();
        return row.toBooking(position);
    }

    static Booking read(Handle handle, long bookingId) {
        return read(handle, handle.attach(BookingDao.class).find(bookingId).orElseThrow());
    }
}
