package io.comptoir.plugin.kit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an e-mail address is, written once for the engine's mailer, its accounts and shops, and the plugins' forms: an
 * address a form accepts is always one the mailer writes to, so that a typo stored today never fails a mail tomorrow.
 * <ul>
 *   <li>{@link #isRecipient}: what the engine's mailer writes to, the loosest rule;</li>
 *   <li>{@link #isAddress}: a contact address as people type it ({@code local@domain.tld}, case kept), e.g. a shop's;</li>
 *   <li>{@link #accountAddress}: the sign-in of an account, a practical RFC 5322 subset in lower case.</li>
 * </ul>
 * Each rule accepts only what the one before it accepts.
 */
public final class EmailAddresses {
    /** The longest address a form takes (RFC 5321's path limit, less the brackets). */
    public static final int MAX_LENGTH = 254;
    /** The longest recipient the mailer writes to. */
    public static final int MAX_RECIPIENT_LENGTH = 320;

    /**
     * Neither {@code @}, nor a control character, nor a blank of any kind: white space as {@link Character} sees it (what the
     * mailer refuses) and the no-break spaces beside it.
     */
    private static final String NOT_IN_ADDRESS = "@\\p{javaWhitespace}\\p{javaSpaceChar}\\p{javaISOControl}";
    private static final Pattern ADDRESS = Pattern.compile(
            "[^" + NOT_IN_ADDRESS + "]{1,64}@[^" + NOT_IN_ADDRESS + "]{1,189}\\.[^." + NOT_IN_ADDRESS + "]{2,}");
    /**
     * The characters RFC 5322 allows unquoted in the local part (no leading, trailing or double dot), and a domain of
     * letter-digit-hyphen labels with at least one dot.
     */
    private static final Pattern ACCOUNT = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private EmailAddresses() {
    }

    /**
     * Whether the mailer writes to this address (it keys it trimmed and lower-cased): at most {@value #MAX_RECIPIENT_LENGTH}
     * characters, something before an {@code @}, no white space and no control character. A mail to any other is refused
     * for good.
     */
    public static boolean isRecipient(String address) {
        if (address == null) {
            return false;
        }
        String key = normalise(address);
        return !key.isEmpty() && key.length() <= MAX_RECIPIENT_LENGTH && key.indexOf('@') >= 1
                && key.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /**
     * Whether the text, as given, is a contact address: at most {@value #MAX_LENGTH} characters, one {@code @} with up to 64
     * characters before it, a domain with a dot, and neither a blank nor a control character anywhere.
     */
    public static boolean isAddress(String text) {
        return text != null && text.length() <= MAX_LENGTH && ADDRESS.matcher(text).matches() && isRecipient(text);
    }

    /** The sign-in form of an address (trimmed, lower case) when it is one an account can have. */
    public static Optional<String> accountAddress(String text) {
        String normalised = text == null ? "" : normalise(text);
        int at = normalised.indexOf('@');
        if (normalised.length() > MAX_LENGTH || at < 1 || at > 64 || !ACCOUNT.matcher(normalised).matches() || !isRecipient(normalised)) {
            return Optional.empty();
        }
        return Optional.of(normalised);
    }

    /** Trimmed and lower-cased: how accounts and the outbox key an address. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
