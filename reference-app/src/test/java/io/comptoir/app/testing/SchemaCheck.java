package io.comptoir.app.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a JSON value against an OpenAPI 3.0 schema of the document, strictly: every required property present,
 * no property the schema does not declare, types, nullability, enums, patterns and bounds. Enough for the subset our
 * document uses ({@code $ref}, {@code allOf}, objects and maps ({@code additionalProperties}), arrays, scalars, and the
 * empty schema {@code {}} that takes any value).
 */
public final class SchemaCheck {
    private final JsonNode document;

    public SchemaCheck(JsonNode document) {
        this.document = document;
    }

    public List<String> problems(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.isObject() && schema.isEmpty()) {
            return; // {}: any value at all, null included (a plugin's free-form record)
        }
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, at, problems);
            return;
        }
        if (value == null || value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(at + " is null but not nullable");
            }
            return;
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> check(part, value, at, problems));
            return;
        }
        switch (schema.path("type").asText()) {
            case "object" -> object(schema, value, at, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + " is not an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(at + " is not a string: " + value);
                    return;
                }
                if (schema.has("enum") && !contains(schema.get("enum"), value.asText())) {
                    problems.add(at + " = " + value + " is not one of " + schema.get("enum"));
                }
                if (schema.has("pattern") && !value.asText().matches(schema.get("pattern").asText())) {
                    problems.add(at + " = " + value + " does not match " + schema.get("pattern"));
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + " is not an integer: " + value);
                    return;
                }
                if (schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
                    problems.add(at + " = " + value + " is below " + schema.get("minimum"));
                }
                if (schema.has("maximum") && value.asLong() > schema.get("maximum").asLong()) {
                    problems.add(at + " = " + value + " is above " + schema.get("maximum"));
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + " is not a boolean: " + value);
                }
            }
            default -> problems.add(at + ": the schema has no type: " + schema);
        }
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (!value.isObject()) {
            problems.add(at + " is not an object");
            return;
        }
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(name -> {
            if (!value.has(name.asText())) {
                problems.add(at + " lacks required " + name.asText());
            }
        });
        Set<String> declared = new HashSet<>();
        properties.fieldNames().forEachRemaining(declared::add);
        JsonNode additional = schema.path("additionalProperties");
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!declared.contains(name) && additional.isObject()) {
                check(additional, value.get(name), at + "." + name, problems);
            }
            else if (!declared.contains(name)) {
                problems.add(at + " has undocumented property " + name);
            }
            else {
                check(properties.get(name), value.get(name), at + "." + name, problems);
            }
        }
    }

    public JsonNode resolve(String reference) {
        if (!reference.startsWith("#/")) {
            throw new IllegalArgumentException("external reference " + reference);
        }
        JsonNode node = document;
        for (String part : reference.substring(2).split("/")) {
            node = node.path(part);
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("dangling reference " + reference);
        }
        return node;
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
