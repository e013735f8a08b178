package io.comptoir.engine.api.territory;

import java.util.Optional;

/**
 * How people reach the team that runs the marketplace, as set in its back-office. An empty value is not set: the
 * application shows its default there (the reference app: the territory folder's contact).
 *
 * @param email an e-mail address, at most {@value #MAX_EMAIL} characters
 * @param phone a phone number: digits, spaces, dots, dashes, brackets and a leading {@code +}, 6 to 15 digits
 * @param address the postal address on one line, at most {@value #MAX_ADDRESS} characters
 */
public record TerritoryContact(Optional<String> email, Optional<String> phone, Optional<String> address) {
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 30;
    public static final int MAX_ADDRESS = 200;

    /** Nothing set. */
    public static final TerritoryContact NONE = new TerritoryContact(Optional.empty(), Optional.empty(), Optional.empty());

    /** Blank values count as not set, and values lose their surrounding blanks. */
    public TerritoryContact {
        email = TerritorySettings.trimmed(email, "email");
        phone = TerritorySettings.trimmed(phone, "phone");
        address = TerritorySettings.trimmed(address, "address");
    }
}
