package io.comptoir.training.api;

import static java.util.Objects.requireNonNull;

/** A booking with the names a trainer needs. */
public record RosterEntry(Booking booking, String attendeeName, String attendeeEmail, String shopName) {
    public RosterEntry {
        requireNonNull(booking, "booking is null");
        requireNonNull(attendeeName, "attendeeName is null");
        requireNonNull(attendeeEmail, "attendeeEmail is null");
        requireNonNull(shopName, "shopName is null");
    }
}
