package io.comptoir.training.support;

import io.comptoir.engine.api.error.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * E-mail addresses as the engine's accounts accept them (trimmed, lower case, a practical RFC 5322 subset), so that an
 * address accepted on a form is one an account can later be opened with.
 */
public final class Emails {
    private static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private Emails() {
    }

    /** @return the normalised address */
    public static String require(String field, String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = normalised.indexOf('@');
        if (normalised.length() > 254 || at < 1 || at > 64 || !EMAIL.matcher(normalised).matches()) {
            throw InvalidInputException.invalid(field, "not an e-mail address");
        }
        return normalised;
    }
}
