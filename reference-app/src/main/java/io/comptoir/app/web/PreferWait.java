package io.comptoir.app.web;

import io.javalin.http.Context;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wait} preference of RFC 7240 ({@code Prefer: wait=10}): how many seconds a client is ready to wait for an
 * outcome the server would otherwise answer as pending (an order whose card payment the processor has not confirmed yet).
 * Capped at {@link #MAX}; a value that is not a whole number of seconds is ignored, as RFC 7240 has servers do with a
 * preference they do not understand (the request is answered as without it).
 */
public final class PreferWait {
    public static final String HEADER = "Prefer";
    public static final Duration MAX = Duration.ofSeconds(20);
    private static final Pattern WAIT = Pattern.compile("(?:^|[,;])\\s*wait\\s*=\\s*\"?([^,;\"]*)\"?", Pattern.CASE_INSENSITIVE);

    private PreferWait() {
    }

    /** The wait the request prefers, capped at {@link #MAX}; empty when it states none (or zero). */
    public static Optional<Duration> of(Context ctx) {
        String header = ctx.header(HEADER);
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = WAIT.matcher(header);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String value = matcher.group(1).strip();
        if (!value.matches("[0-9]{1,9}")) {
            // RFC 7240 §2: a preference the server does not understand is ignored, not refused
            return Optional.empty();
        }
        long seconds = Math.min(Long.parseLong(value), MAX.toSeconds());
        return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    /** Says that the wait was honoured (RFC 7240 {@code Preference-Applied}). */
    public static void applied(Context ctx, Duration wait) {
        ctx.header("Preference-Applied", "wait=" + wait.toSeconds());
    }
}
