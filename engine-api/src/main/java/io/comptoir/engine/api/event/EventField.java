package io.comptoir.engine.api.event;

import static java.util.Objects.requireNonNull;

/**
 * One key of an event's data, as the catalogue declares it.
 *
 * @param required whether every event of the type carries it
 * @param meaning what it holds, in a sentence, with its vocabulary for a {@link FieldType#CODE}
 */
public record EventField(String key, FieldType type, boolean required, String meaning) {
    public EventField {
        requireNonNull(key, "key is null");
        requireNonNull(type, "type is null");
        requireNonNull(meaning, "meaning is null");
        if (!key.matches("[a-z][A-Za-z0-9]{0,49}")) {
            throw new IllegalArgumentException("event data keys are lower camel case: " + key);
        }
    }

    public static EventField required(String key, FieldType type, String meaning) {
        return new EventField(key, type, true, meaning);
    }

    public static EventField optional(String key, FieldType type, String meaning) {
        return new EventField(key, type, false, meaning);
    }
}
