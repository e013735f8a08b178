package io.comptoir.engine.core.support;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads the engine's optional configuration values, naming the key in the error when one is malformed. */
public final class ConfigValues {
    private ConfigValues() {
    }

    public static int integer(Map<String, String> properties, String key, int fallback) {
        String value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a whole number: " + value, e);
        }
    }

    /** An ISO-8601 duration; {@code example} shows one in the error message (e.g. {@code P7D}). */
    public static Duration duration(Map<String, String> properties, String key, Duration fallback, String example) {
        String value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Duration.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not an ISO-8601 duration (e.g. " + example + "): " + value, e);
        }
    }
}
