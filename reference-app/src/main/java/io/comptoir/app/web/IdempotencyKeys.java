package io.comptoir.app.web;

import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.http.Context;

import java.util.UUID;
import java.util.regex.Pattern;

/** The keys that make a retried write (a redemption, a budget grant, an erasure) land once: a header in the API, a hidden field in forms. */
public final class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private IdempotencyKeys() {
    }

    /** The required {@code Idempotency-Key} header of an API write. */
    public static String header(Context ctx) {
        String key = ctx.header(HEADER);
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(HEADER, "missing_idempotency_key",
                    "send an Idempotency-Key header (a UUID) so that a retried request is never booked twice");
        }
        return check(HEADER, key.strip());
    }

    /** A key typed into a form's hidden field. */
    public static String check(String field, String key) {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(field, "invalid_idempotency_key", "an idempotency key has 8 to 100 letters, digits, dots, dashes, "
                    + "underscores or colons");
        }
        return key;
    }

    /** A fresh key for a form about to be shown. */
    public static String fresh() {
        return UUID.randomUUID().toString();
    }
}
