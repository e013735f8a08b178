package io.comptoir.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A JSON request body read strictly: {@code application/json} only, one object, no duplicate keys, no trailing
 * content. Fields are read with their expected type; a missing, mistyped or out-of-range field is an
 * {@link InvalidInputException} naming it by its path ({@code fulfilment.12.address.street}, {@code tenders[1].amount}),
 * so that bad input is a 400 and never reaches the engine half-read. Unknown fields are ignored.
 */
public final class JsonBody {
    private static final ObjectMapper STRICT = strictMapper();
    /** The error code of a text holding U+0000. */
    public static final String UNSTORABLE = "invalid_character";

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // no API body nests deeper than a few levels: a deeply nested one is an attack, refused before it costs anything
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(40).build());
        return mapper;
    }

    private final JsonNode node;
    private final String path;

    private JsonBody(JsonNode node, String path) {
        this.node = requireNonNull(node, "node is null");
        this.path = requireNonNull(path, "path is null");
    }

    /** Reads the request's body, which must be a JSON object. */
    public static JsonBody of(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new UnsupportedMediaTypeResponse("send the body as application/json");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > RequestLimits.MAX_BODY_BYTES) {
            throw new ContentTooLargeResponse();
        }
        return parse(bytes);
    }

    static JsonBody parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException(null, "malformed_json", "a JSON object is required as the body");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(bytes);
        }
        catch (JsonProcessingException e) {
            throw new InvalidInputException(null, "malformed_json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
        catch (IOException e) {
            throw new InvalidInputException(null, "malformed_json", "the body cannot be read as JSON");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(null, "malformed_json", "the body must be a JSON object");
        }
        rejectUnstorable(node, "");
        return new JsonBody(node, "");
    }

    /**
     * Refuses U+0000 anywhere in the body, a field's name included: PostgreSQL's texts cannot hold it, so it would fail
     * (a 500) wherever the text is written, after whatever came before.
     */
    private static void rejectUnstorable(JsonNode node, String path) {
        if (node.isTextual() && unstorable(node.asText())) {
            throw new InvalidInputException(path, UNSTORABLE, path + " must not contain the character U+0000");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectUnstorable(node.get(i), path + "[" + i + "]");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.isObject() ? node.fields() : java.util.Collections.emptyIterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (unstorable(field.getKey())) {
                throw new InvalidInputException(name.replace('\u0000', '?'), UNSTORABLE, "a field's name must not contain the character U+0000");
            }
            rejectUnstorable(field.getValue(), name);
        }
    }

    /** Whether a text holds the one character no text column can store. */
    public static boolean unstorable(String text) {
        return text.indexOf('\u0000') >= 0;
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private Optional<JsonNode> present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private JsonNode required(String field) {
        return present(field).orElseThrow(() -> invalid(name(field), name(field) + " is required"));
    }

    public boolean has(String field) {
        return present(field).isPresent();
    }

    /** A required text of at most {@code maxLength} characters (may be empty). */
    public String text(String field, int maxLength) {
        return text(required(field), name(field), maxLength);
    }

    public Optional<String> optionalText(String field, int maxLength) {
        return present(field).map(value -> text(value, name(field), maxLength));
    }

    private static String text(JsonNode value, String name, int maxLength) {
        if (!value.isTextual()) {
            throw invalid(name, name + " must be a string");
        }
        String text = value.asText();
        if (text.length() > maxLength) {
            throw invalid(name, name + " must be at most " + maxLength + " characters long");
        }
        return text;
    }

    /** A required whole number between {@code min} and {@code max}. */
    public long integer(String field, long min, long max) {
        return integer(required(field), name(field), min, max);
    }

    public Optional<Long> optionalInteger(String field, long min, long max) {
        return present(field).map(value -> integer(value, name(field), min, max));
    }

    private static long integer(JsonNode value, String name, long min, long max) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(name, name + " must be a whole number between " + min + " and " + max);
        }
        long number = value.asLong();
        if (number < min || number > max) {
            throw invalid(name, name + " must be between " + min + " and " + max + ", got " + number);
        }
        return number;
    }

    /** A required nested object. */
    public JsonBody object(String field) {
        return object(required(field), name(field));
    }

    public Optional<JsonBody> optionalObject(String field) {
        return present(field).map(value -> object(value, name(field)));
    }

    private static JsonBody object(JsonNode value, String name) {
        if (!value.isObject()) {
            throw invalid(name, name + " must be an object");
        }
        return new JsonBody(value, name);
    }

    /** A required array of objects, of at most {@code maxItems}. */
    public List<JsonBody> objects(String field, int maxItems) {
        JsonNode value = required(field);
        String name = name(field);
        if (!value.isArray()) {
            throw invalid(name, name + " must be an array");
        }
        if (value.size() > maxItems) {
            throw invalid(name, name + " has at most " + maxItems + " items");
        }
        List<JsonBody> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(object(value.get(i), name + "[" + i + "]"));
        }
        return items;
    }

    /** The fields of this object in order, each as its own body (for maps keyed by id). */
    public Map<String, JsonBody> entries(int maxEntries) {
        if (node.size() > maxEntries) {
            throw invalid(path, path + " has at most " + maxEntries + " entries");
        }
        Map<String, JsonBody> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            entries.put(field.getKey(), object(field.getValue(), name(field.getKey())));
        }
        return entries;
    }

    /** The fields of this object as texts, each of at most {@code maxLength} characters. */
    public Map<String, String> texts(int maxEntries, int maxLength) {
        if (node.size() > maxEntries) {
            throw invalid(path, path + " has at most " + maxEntries + " entries");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            texts.put(field.getKey(), text(field.getValue(), name(field.getKey()), maxLength));
        }
        return texts;
    }

    /**
     * The error of a field: named by its path ({@code tenders[0].amount.amount}), with the code {@code invalid_<leaf>}
     * ({@code invalid_amount}); a leaf that is an id or an index is skipped ({@code fulfilment.12} gives
     * {@code invalid_fulfilment}).
     */
    public static InvalidInputException invalid(String path, String message) {
        String[] segments = path.split("\\.");
        String leaf = "input";
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i].replaceAll("\\[[0-9]+]$", "");
            if (!segment.isEmpty() && !segment.chars().allMatch(Character::isDigit)) {
                leaf = segment;
                break;
            }
        }
        return new InvalidInputException(path.isEmpty() ? null : path, "invalid_" + leaf, message);
    }

    /** The path of this object in the body, for error messages of the caller's own checks. */
    public String path() {
        return path;
    }

    /** The name an error about one of this object's fields gives. */
    public String fieldName(String field) {
        return name(field);
    }

    /** An array of objects of at most {@code maxItems}; empty when absent. */
    public List<JsonBody> optionalObjects(String field, int maxItems) {
        return has(field) ? objects(field, maxItems) : List.of();
    }

    /** An array of strings of at most {@code maxItems}, each at most {@code maxLength}; empty when absent. */
    public List<String> texts(String field, int maxItems, int maxLength) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode value = node.get(field);
        String name = name(field);
        if (!value.isArray()) {
            throw invalid(name, name + " must be an array");
        }
        if (value.size() > maxItems) {
            throw invalid(name, name + " has at most " + maxItems + " items");
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(text(value.get(i), name + "[" + i + "]", maxLength));
        }
        return items;
    }

    /** A required array of at most {@code maxItems} whole numbers, each between {@code min} and {@code max}. */
    public List<Long> integers(String field, int maxItems, long min, long max) {
        JsonNode value = required(field);
        String name = name(field);
        if (!value.isArray()) {
            throw invalid(name, name + " must be an array");
        }
        if (value.size() > maxItems) {
            throw invalid(name, name + " has at most " + maxItems + " items");
        }
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(integer(value.get(i), name + "[" + i + "]", min, max));
        }
        return items;
    }

    public Optional<Boolean> optionalBool(String field) {
        return present(field).map(value -> {
            if (!value.isBoolean()) {
                throw invalid(name(field), name(field) + " must be true or false");
            }
            return value.asBoolean();
        });
    }

    public boolean bool(String field) {
        return optionalBool(field).orElseThrow(() -> invalid(name(field), name(field) + " is required (true or false)"));
    }

    /**
     * The caller's explicit confirmation of what cannot be undone: the field must be {@code true}. Absent, mistyped or
     * {@code false}, it is a 400 naming the field, {@code confirmation_required}.
     */
    public void confirmation(String field, String what) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty() || !value.get().isBoolean() || !value.get().asBoolean()) {
            throw new InvalidInputException(name(field), "confirmation_required", "set " + name(field) + " to true to confirm " + what
                    + ": it cannot be undone");
        }
    }

    /** One of the constants of an enum, by its exact name. */
    public <E extends Enum<E>> Optional<E> choice(String field, Class<E> type) {
        return choice(field, List.of(type.getEnumConstants()), Enum::name);
    }

    /** One of the options, by its exact name. */
    public <T> Optional<T> choice(String field, List<T> options, java.util.function.Function<T, String> nameOf) {
        Optional<String> text = optionalText(field, 64);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (T option : options) {
            if (nameOf.apply(option).equals(text.get())) {
                return Optional.of(option);
            }
        }
        throw invalid(name(field), name(field) + " must be one of " + options.stream().map(nameOf).toList());
    }

    /**
     * An amount as the API writes it, {@code {"amount": 1250, "currency": "EUR"}}: minor units, zero or more, at most
     * {@code maxMinorUnits}; the currency may be left out and must otherwise be the marketplace's.
     */
    public Optional<Money> money(String field, Currency currency, long maxMinorUnits) {
        return money(field, currency, 0, maxMinorUnits);
    }

    /** An amount as {@link #money(String, Currency, long)}, of at least {@code minMinorUnits}. */
    public Optional<Money> money(String field, Currency currency, long minMinorUnits, long maxMinorUnits) {
        Optional<JsonBody> object = optionalObject(field);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonBody money = object.get();
        long amount = money.integer("amount", minMinorUnits, maxMinorUnits);
        Optional<String> code = money.optionalText("currency", 3);
        if (code.isPresent() && !code.get().equals(currency.getCurrencyCode())) {
            throw invalid(money.name("currency"), money.name("currency") + " must be " + currency.getCurrencyCode());
        }
        return Optional.of(new Money(amount, currency));
    }

    /** Whether the field is present and explicitly {@code null} (to clear a value). */
    public boolean isExplicitNull(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNull();
    }

    /** An array of whole numbers between {@code min} and {@code max}, of at most {@code maxItems}; empty when absent. */
    public List<Long> optionalIntegers(String field, int maxItems, long min, long max) {
        return has(field) ? integers(field, maxItems, min, max) : List.of();
    }
}
