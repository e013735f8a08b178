package io.comptoir.training.api;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A seat asked for by one person of a shop.
 *
 * @param arrival the order in which the session's bookings arrived (1, 2, ...): seats and the waiting list follow it
 * @param waitingPosition the place on the waiting list (1 is next), while {@link BookingState#WAITING}
 * @param confirmedAt when the seat was given (at booking, or on promotion from the waiting list)
 */
public record Booking(BookingId id, SessionId session, MerchantId shop, AccountId attendee, int arrival, BookingState state,
                      Optional<Integer> waitingPosition, Instant requestedAt, Optional<Instant> confirmedAt,
                      Optional<Instant> cancelledAt, Optional<Attendance> attendance) {
    public Booking {
        requireNonNull(id, "id is null");
        requireNonNull(session, "session is null");
        requireNonNull(shop, "shop is null");
        requireNonNull(attendee, "attendee is null");
        requireNonNull(state, "state is null");
        requireNonNull(waitingPosition, "waitingPosition is null");
        requireNonNull(requestedAt, "requestedAt is null");
        requireNonNull(confirmedAt, "confirmedAt is null");
        requireNonNull(cancelledAt, "cancelledAt is null");
        requireNonNull(attendance, "attendance is null");
    }
}
