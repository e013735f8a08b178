package io.comptoir.fakestripe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the fake answers in Stripe's shape: {@code {"error": {"type", "code", "message", "param", "doc_url"}}}.
 * {@link #saved()} follows Stripe's idempotency rule: a request refused before the endpoint began executing (a missing or
 * malformed parameter, an unknown object) keeps no result under its key, so it may be sent again; a refusal of the
 * endpoint itself (a state that does not allow it, an amount too large) is the key's answer from then on.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final String code;
    final String param;
    final String declineCode;
    final boolean saved;

    ApiError(int status, String type, String code, String message, String param, String declineCode, boolean saved) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.declineCode = declineCode;
        this.saved = saved;
    }

    static ApiError missing(String param) {
        return new ApiError(400, "invalid_request_error", "parameter_missing", "Missing required param: " + param + ".", param, null, false);
    }

    static ApiError invalid(String param, String message) {
        return new ApiError(400, "invalid_request_error", "parameter_invalid", message, param, null, false);
    }

    static ApiError integer(String param) {
        return new ApiError(400, "invalid_request_error", "parameter_invalid_integer", "Invalid integer: " + param, param, null, false);
    }

    static ApiError noSuch(String object, String id, String param) {
        return new ApiError(404, "invalid_request_error", "resource_missing", "No such " + object + ": '" + id + "'", param, null, false);
    }

    /** The endpoint refused what was asked (a state, an amount): Stripe saves this answer under the idempotency key. */
    static ApiError refused(String code, String message, String param) {
        return new ApiError(400, "invalid_request_error", code, message, param, null, true);
    }

    static ApiError unauthorised(String key) {
        String masked = key.length() > 12 ? key.substring(0, 8) + "*".repeat(key.length() - 12) + key.substring(key.length() - 4) : "****";
        return new ApiError(401, "invalid_request_error", null, "Invalid API Key provided: " + masked, null, null, false);
    }

    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        if (code != null) {
            error.put("code", code);
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        if (declineCode != null) {
            error.put("decline_code", declineCode);
        }
        error.put("message", getMessage());
        if (param != null) {
            error.put("param", param);
        }
        error.put("type", type);
        return Map.of("error", error);
    }
}
