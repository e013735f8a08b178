package io.comptoir.app.territory;

/**
 * A territory folder that cannot be served: one line naming the file and the field, e.g.
 * {@code territories/x/territory.json: communes[3].postalCode must be 5 digits, got "625"}.
 */
public final class TerritoryException extends RuntimeException {
    public TerritoryException(String file, String problem) {
        super(file + ": " + problem);
    }
}
