package io.comptoir.training.api;

public enum BookingState {
    /** Holds a seat. */
    BOOKED,
    /** On the waiting list, promoted in arrival order when a seat frees up. */
    WAITING,
    CANCELLED
}
