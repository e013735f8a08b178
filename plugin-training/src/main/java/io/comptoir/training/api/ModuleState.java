package io.comptoir.training.api;

/** Where a shop stands with a module. */
public enum ModuleState {
    /** Some prerequisite is not completed yet. */
    LOCKED,
    /** Can be followed now. */
    AVAILABLE,
    /** Someone of the shop completed it. */
    COMPLETED
}
