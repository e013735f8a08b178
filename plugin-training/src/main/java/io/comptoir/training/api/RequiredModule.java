package io.comptoir.training.api;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A module every shop must complete, and since when: the later of its course becoming required and the module being
 * added to it.
 */
public record RequiredModule(TrainingModule module, Instant requiredSince) {
    public RequiredModule {
        requireNonNull(module, "module is null");
        requireNonNull(requiredSince, "requiredSince is null");
    }
}
