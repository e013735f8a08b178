package io.comptoir.training.workshop;

public enum SessionStatus {
    SCHEDULED,
    /** Called off by the territory; its bookings are cancelled. */
    CANCELLED
}
