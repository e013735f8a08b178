package io.comptoir.training.api;

public enum SessionStatus {
    SCHEDULED,
    /** Called off by the territory; its bookings are cancelled. */
    CANCELLED
}
