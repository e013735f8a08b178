package io.comptoir.training.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A module for a shop: its state and who completed it (for this shop), earliest first. */
public record ModuleProgress(ModuleId module, String title, boolean required, ModuleState state, List<Completion> completions) {
    public ModuleProgress {
        requireNonNull(module, "module is null");
        requireNonNull(title, "title is null");
        requireNonNull(state, "state is null");
        completions = List.copyOf(requireNonNull(completions, "completions is null"));
    }
}
