package io.comptoir.app.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a form shows again after a refused submission: the values typed (never passwords) and, per field, the
 * message saying what is wrong, in the page's language. {@code alert} is the message of the form as a whole.
 */
public final class FormState implements Fields {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String alert = "";
    private String success = "";

    public static FormState empty() {
        return new FormState();
    }

    public FormState value(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    public FormState error(String field, String message) {
        errors.put(field, message);
        return this;
    }

    public FormState alert(String message) {
        alert = message == null ? "" : message;
        return this;
    }

    public FormState success(String message) {
        success = message == null ? "" : message;
        return this;
    }

    /** The value typed in the field, or an empty text. */
    public String valueOf(String field) {
        return values.getOrDefault(field, "");
    }

    @Override
    public String value(String field) {
        return valueOf(field);
    }

    @Override
    public String problem(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String errorOf(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !alert.isEmpty();
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    public String alert() {
        return alert;
    }

    public String success() {
        return success;
    }
}
