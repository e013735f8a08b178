package io.comptoir.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A JSON request body read strictly: malformed JSON, a body that is not an object, a field of the wrong type or out
 * of range is an {@link InvalidInputException} naming the field by its path (e.g. {@code variants[1].price.amount}),
 * so a client learns exactly what to fix. Fields the API does not know are ignored; {@code null} counts as absent.
 */
public final class JsonBody {
    private static final ObjectMapper READER = strictReader();

    private final JsonNode node;
    private final String prefix;

    private JsonBody(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The request's body, which must be a JSON object. */
    public static JsonBody of(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new InvalidInputException(null, "invalid_json", "the request body must be a JSON object");
        }
        JsonNode node;
        try {
            node = READER.readTree(body);
        }
        catch (JsonProcessingException e) {
            throw new InvalidInputException(null, "invalid_json", "the request body is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(null, "invalid_json", "the request body must be a JSON object");
        }
        return new JsonBody(node, "");
    }

    private static ObjectMapper strictReader() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(40).build());
        return mapper;
    }

    /** The path of a field of this object, for error messages. */
    public String path(String name) {
        return prefix + name;
    }

    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    private InvalidInputException wrong(String name, String expected) {
        return InvalidInputException.invalid(path(name), path(name) + " must be " + expected);
    }

    public Optional<String> text(String name, int maxLength) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            throw wrong(name, "a string");
        }
        if (value.asText().length() > maxLength) {
            throw wrong(name, "at most " + maxLength + " characters long");
        }
        return Optional.of(value.asText());
    }

    public String requiredText(String name, int maxLength) {
        return text(name, maxLength).orElseThrow(() -> wrong(name, "given (a string)"));
    }

    public Optional<Long> optionalLong(String name, long min, long max) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(name, "a whole number between " + min + " and " + max);
        }
        long number = value.asLong();
        if (number < min || number > max) {
            throw wrong(name, "between " + min + " and " + max + ", got " + number);
        }
        return Optional.of(number);
    }

    public int integer(String name, int min, int max) {
        return optionalLong(name, min, max).orElseThrow(() -> wrong(name, "given (a whole number)")).intValue();
    }

    public Optional<Boolean> optionalBool(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw wrong(name, "true or false");
        }
        return Optional.of(value.asBoolean());
    }

    public boolean bool(String name) {
        return optionalBool(name).orElseThrow(() -> wrong(name, "given (true or false)"));
    }

    /** One of the constants of an enum, by its exact name. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        Optional<String> text = text(name, 64);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.get())) {
                return Optional.of(constant);
            }
        }
        throw wrong(name, "one of " + List.of(type.getEnumConstants()));
    }

    /**
     * An amount as the API writes it, {@code {"amount": 1250, "currency": "EUR"}}: minor units, zero or more, at most
     * {@code maxMinorUnits}; the currency may be left out and must otherwise be the marketplace's.
     */
    public Optional<Money> money(String name, Currency currency, long maxMinorUnits) {
        Optional<JsonBody> object = object(name);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonBody money = object.get();
        long amount = money.optionalLong("amount", 0, maxMinorUnits)
                .orElseThrow(() -> money.wrong("amount", "given (minor units, e.g. 1250 for 12,50 €)"));
        Optional<String> code = money.text("currency", 3);
        if (code.isPresent() && !code.get().equals(currency.getCurrencyCode())) {
            throw money.wrong("currency", currency.getCurrencyCode());
        }
        return Optional.of(new Money(amount, currency));
    }

    public Optional<JsonBody> object(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            throw wrong(name, "an object");
        }
        return Optional.of(new JsonBody(value, path(name) + "."));
    }

    /** An array of objects of at most {@code maxItems}; empty when absent. */
    public List<JsonBody> objects(String name, int maxItems) {
        List<JsonBody> items = new ArrayList<>();
        for (JsonNode item : array(name, maxItems)) {
            int index = items.size();
            if (!item.isObject()) {
                throw InvalidInputException.invalid(path(name) + "[" + index + "]", path(name) + "[" + index + "] must be an object");
            }
            items.add(new JsonBody(item, path(name) + "[" + index + "]."));
        }
        return items;
    }

    /** An array of strings of at most {@code maxItems}, each at most {@code maxLength}; empty when absent. */
    public List<String> texts(String name, int maxItems, int maxLength) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : array(name, maxItems)) {
            String at = path(name) + "[" + items.size() + "]";
            if (!item.isTextual() || item.asText().length() > maxLength) {
                throw InvalidInputException.invalid(at, at + " must be a string of at most " + maxLength + " characters");
            }
            items.add(item.asText());
        }
        return items;
    }

    private JsonNode array(String name, int maxItems) {
        if (!has(name)) {
            return READER.createArrayNode();
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw wrong(name, "an array");
        }
        if (value.size() > maxItems) {
            throw wrong(name, "an array of at most " + maxItems + " items");
        }
        return value;
    }

    /** Whether the field is present and explicitly {@code null} (to clear a value). */
    public boolean isExplicitNull(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNull();
    }

    JsonNode node() {
        return requireNonNull(node);
    }
}
