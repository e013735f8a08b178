package io.comptoir.app.web.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a back-office page says about the last thing the user did: a success, or a problem with the reasons and the
 * fields at fault (keyed by form field name, so that each field can show its own message).
 *
 * @param details further reasons (items that block a shop from going live, changes of a cart...)
 */
public record Notice(boolean success, String message, List<String> details, Map<String, String> fields) {
    public Notice {
        requireNonNull(message, "message is null");
        details = List.copyOf(requireNonNull(details, "details is null"));
        fields = Map.copyOf(requireNonNull(fields, "fields is null"));
    }

    public static Notice success(String message) {
        return new Notice(true, message, List.of(), Map.of());
    }

    public static Notice problem(String message) {
        return new Notice(false, message, List.of(), Map.of());
    }

    /** The message for one field, if it is at fault. */
    public Optional<String> on(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** Nothing to say. */
    public static Optional<Notice> none() {
        return Optional.empty();
    }
}
