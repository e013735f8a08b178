package io.comptoir.training.api;

import static java.util.Objects.requireNonNull;

/**
 * How many shops completed a module, out of the shops concerned (onboarding and live).
 *
 * @param viaWorkshop shops for which someone completed it by attending a workshop
 */
public record ModuleCompletion(ModuleId module, String title, int shopsCompleted, int shops, int viaWorkshop) {
    public ModuleCompletion {
        requireNonNull(module, "module is null");
        requireNonNull(title, "title is null");
    }

    /** In percent, rounded down; 0 when no shop is concerned. */
    public int rate() {
        return shops == 0 ? 0 : shopsCompleted * 100 / shops;
    }
}
