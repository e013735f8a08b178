package io.comptoir.engine.api.catalogue;

import static java.util.Objects.requireNonNull;

/** One option that tells a variant from its siblings, e.g. {@code Taille = 42} or {@code Couleur = bleu}. */
public record VariantOption(String name, String value) {
    public VariantOption {
        requireNonNull(name, "name is null");
        requireNonNull(value, "value is null");
        if (name.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("option name and value must not be blank");
        }
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
