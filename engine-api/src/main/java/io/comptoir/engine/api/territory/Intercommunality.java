package io.comptoir.engine.api.territory;

import static java.util.Objects.requireNonNull;

/**
 * A grouping of communes that runs the marketplace together (in France an EPCI, such as the CAPSO or the CCPL).
 *
 * @param code short stable code, e.g. {@code CAPSO}
 * @param name full name, e.g. "Communauté d'agglomération du Pays de Saint-Omer"
 * @param sirenCode the SIREN number of the body, when known (may be empty)
 */
public record Intercommunality(String code, String name, String sirenCode) {
    public Intercommunality {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(sirenCode, "sirenCode is null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code is blank");
        }
    }
}
