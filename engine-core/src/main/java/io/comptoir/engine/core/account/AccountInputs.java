package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.plugin.kit.EmailAddresses;

import java.util.Optional;

/** The rules for what people type when they register: e-mail, name and password. */
final class AccountInputs {
    static final int MAX_EMAIL_LENGTH = EmailAddresses.MAX_LENGTH;
    static final int MAX_DISPLAY_NAME_LENGTH = 100;
    static final int MAX_PASSWORD_LENGTH = 200;

    private AccountInputs() {
    }

    /** The stored form of an e-mail: trimmed and lower-cased. */
    static String normalizeEmail(String email) {
        return email == null ? "" : EmailAddresses.normalise(email);
    }

    /** The normalised e-mail if it is well formed. */
    static Optional<String> wellFormedEmail(String email) {
        return EmailAddresses.accountAddress(email);
    }

    static String email(String email) {
        return wellFormedEmail(email).orElseThrow(() -> InvalidInputException.invalid("email",
                "not an e-mail address (at most " + MAX_EMAIL_LENGTH + " characters)"));
    }

    static String displayName(String displayName) {
        String stripped = displayName == null ? "" : displayName.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < 1 || length > MAX_DISPLAY_NAME_LENGTH) {
            throw InvalidInputException.invalid("displayName", "a name has 1 to " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.invalid("displayName", "a name holds no control characters");
        }
        return stripped;
    }

    /** A bare ISO 639 language ({@code fr}, {@code en}), as its code; no country, script or variant. */
    static String language(java.util.Locale language) {
        if (language == null || !language.getLanguage().matches("[a-z]{2,3}") || !language.getCountry().isEmpty()
                || !language.getVariant().isEmpty() || !language.getScript().isEmpty()) {
            throw InvalidInputException.invalid("language", "a language is a bare ISO 639 code such as fr or en");
        }
        return language.getLanguage();
    }

    /** Checks a new password, naming {@code field} when it is refused; the password is kept as typed. */
    static String password(String field, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < AccountDirectory.MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
            throw InvalidInputException.invalid(field, "a password has " + AccountDirectory.MIN_PASSWORD_LENGTH
                    + " to " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw InvalidInputException.invalid(field, "a password cannot be only spaces");
        }
        return password;
    }

    /** Whether a typed password could be one this directory accepted, i.e. is worth the cost of a hash check. */
    static boolean plausiblePassword(String password) {
        return password != null && !password.isEmpty() && password.length() <= 2 * MAX_PASSWORD_LENGTH;
    }
}
