package io.comptoir.training.api;

import io.comptoir.engine.api.account.Role;

/** The role the training plugin adds to the engine's. */
public final class TrainingRoles {
    /** Runs training workshops and marks attendance. */
    public static final Role TRAINER = new Role("TRAINER", false);

    private TrainingRoles() {
    }
}
