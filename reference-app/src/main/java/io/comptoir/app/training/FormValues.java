package io.comptoir.app.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a form shows in its fields: the saved values, or what was typed when the last submission was refused. */
public final class FormValues {
    private final Map<String, List<String>> values;

    private FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormValues of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new HashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return new FormValues(copy);
    }

    public static FormValues empty() {
        return new FormValues(Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The field's value, or an empty text. */
    public String get(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    /** Whether a checkbox is ticked. */
    public boolean checked(String name) {
        return !get(name).isEmpty() && !get(name).equals("false");
    }

    /** Whether a repeated field (checkboxes) holds this value. */
    public boolean has(String name, String value) {
        return values.getOrDefault(name, List.of()).contains(value);
    }

    public static final class Builder {
        private final Map<String, List<String>> values = new HashMap<>();

        public Builder put(String name, Object value) {
            values.put(name, List.of(String.valueOf(value)));
            return this;
        }

        public Builder putAll(String name, List<String> all) {
            values.put(name, List.copyOf(all));
            return this;
        }

        public FormValues build() {
            return new FormValues(values);
        }
    }
}
