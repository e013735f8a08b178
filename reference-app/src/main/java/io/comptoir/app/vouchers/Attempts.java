package io.comptoir.app.vouchers;

import io.comptoir.engine.api.error.ConflictException;
import io.javalin.http.TooManyRequestsResponse;

import java.util.function.Supplier;

/**
 * Wrong voucher codes are limited by the plugin, which says so with the conflict {@code too_many_attempts}: for the
 * web that is a 429, not a 409.
 */
public final class Attempts {
    public static final String TOO_MANY = "too_many_attempts";

    private Attempts() {
    }

    public static <T> T limited(Supplier<T> call) {
        try {
            return call.get();
        }
        catch (ConflictException e) {
            if (TOO_MANY.equals(e.code())) {
                throw new TooManyRequestsResponse(e.getMessage());
            }
            throw e;
        }
    }
}
