package io.comptoir.training.api;

/** Whether a booked person came, as the trainer (or an admin) marked it. Coming completes the module. */
public enum Attendance {
    PRESENT,
    ABSENT
}
