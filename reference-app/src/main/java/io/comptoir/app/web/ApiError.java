package io.comptoir.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The body of every API error: {@code {"error": "invalid_size", "message": "...", "field": "size"}}, plus
 * {@code details} for conflicts that have several reasons.
 *
 * @param error stable machine-readable code
 * @param field the request field at fault, or null
 * @param details further reasons, left out when there are none
 */
public record ApiError(String error, String message, String field,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> details) {
    public ApiError {
        requireNonNull(error, "error is null");
        requireNonNull(message, "message is null");
        details = details == null ? List.of() : List.copyOf(details);
    }

    public ApiError(String error, String message, String field) {
        this(error, message, field, List.of());
    }
}
