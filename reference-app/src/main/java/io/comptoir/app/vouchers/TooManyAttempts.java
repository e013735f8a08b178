package io.comptoir.app.vouchers;

import io.comptoir.engine.api.error.ConflictException;

/** The plugin's refusal of a client that typed too many wrong codes, which the web answers with 429. */
public final class TooManyAttempts {
    public static final String CODE = "too_many_attempts";

    private TooManyAttempts() {
    }

    public static boolean is(ConflictException e) {
        return CODE.equals(e.code());
    }
}
