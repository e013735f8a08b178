package io.comptoir.engine.api.territory;

import static java.util.Objects.requireNonNull;

/**
 * A commune of the territory.
 *
 * @param inseeCode the official INSEE code (five characters, e.g. {@code 62765} for Saint-Omer): the stable id
 * @param name the commune's name, e.g. "Saint-Omer"
 * @param postalCode its main postal code
 * @param intercommunalityCode the {@link Intercommunality#code()} it belongs to
 * @param population the municipal population, used for example to share a subsidy between funders
 */
public record Commune(String inseeCode, String name, String postalCode, String intercommunalityCode, int population) {
    public Commune {
        requireNonNull(inseeCode, "inseeCode is null");
        requireNonNull(name, "name is null");
        requireNonNull(postalCode, "postalCode is null");
        requireNonNull(intercommunalityCode, "intercommunalityCode is null");
        if (!inseeCode.matches("[0-9][0-9AB][0-9]{3}")) {
            throw new IllegalArgumentException("not an INSEE commune code: " + inseeCode);
        }
        if (population < 0) {
            throw new IllegalArgumentException("negative population");
        }
    }
}
