package io.comptoir.training.api;

import static java.util.Objects.requireNonNull;

/** A shop's booking with its session, for the shop's back-office. */
public record ShopBooking(Booking booking, WorkshopSession session) {
    public ShopBooking {
        requireNonNull(booking, "booking is null");
        requireNonNull(session, "session is null");
    }
}
