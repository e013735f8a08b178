package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.api.Attendance;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingId;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.SessionId;

import java.time.Instant;
import java.util.Optional;

/** A row of {@code training_booking}. */
public record BookingRow(long id, long sessionId, long merchantId, long accountId, int seq, String state, Instant requestedAt,
                         Instant confirmedAt, Instant cancelledAt, Instant reminderSentAt, String attendance) {
    BookingState bookingState() {
        return BookingState.valueOf(state);
    }

    Booking toBooking(Optional<Integer> waitingPosition) {
        return new Booking(new BookingId(id), new SessionId(sessionId), new MerchantId(merchantId), new AccountId(accountId), seq,
                bookingState(), waitingPosition, requestedAt, Optional.ofNullable(confirmedAt), Optional.ofNullable(cancelledAt),
                Optional.ofNullable(attendance).map(Attendance::valueOf));
    }
}
