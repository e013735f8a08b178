package io.comptoir.engine.api.merchant;

import static java.util.Objects.requireNonNull;

/**
 * A postal address in the territory.
 *
 * @param street number and street, e.g. "12 rue de Dunkerque"
 * @param postalCode e.g. "62500"
 * @param communeInsee the INSEE code of the {@link io.comptoir.engine.api.territory.Commune}
 */
public record Address(String street, String postalCode, String communeInsee) {
    public Address {
        requireNonNull(street, "street is null");
        requireNonNull(postalCode, "postalCode is null");
        requireNonNull(communeInsee, "communeInsee is null");
    }
}
