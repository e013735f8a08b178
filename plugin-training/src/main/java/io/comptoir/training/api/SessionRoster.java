package io.comptoir.training.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A session's bookings for its trainer and admins: seats in arrival order, the waiting list in its order, the cancelled. */
public record SessionRoster(WorkshopSession session, List<RosterEntry> booked, List<RosterEntry> waiting, List<RosterEntry> cancelled) {
    public SessionRoster {
        requireNonNull(session, "session is null");
        booked = List.copyOf(requireNonNull(booked, "booked is null"));
        waiting = List.copyOf(requireNonNull(waiting, "waiting is null"));
        cancelled = List.copyOf(requireNonNull(cancelled, "cancelled is null"));
    }
}
