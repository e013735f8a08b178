package io.comptoir.app.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.app.testing.SchemaCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the OpenAPI test relies on does catch the differences it is meant to catch. */
final class SchemaCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document = read("""
            {"components": {"schemas": {
              "Money": {"type": "object", "required": ["amount", "currency"],
                        "properties": {"amount": {"type": "integer"}, "currency": {"type": "string", "pattern": "^[A-Z]{3}$"}}},
              "Item": {"type": "object", "required": ["price", "image", "sort"],
                       "properties": {"price": {"$ref": "#/components/schemas/Money"},
                                      "image": {"type": "string", "nullable": true},
                                      "sort": {"type": "string", "enum": ["a", "b"]}}}}}}
            """);
    private final JsonNode item = read("{\"$ref\": \"#/components/schemas/Item\"}");

    @Test
    void aConformingValueHasNoProblem() {
        assertThat(check("{\"price\": {\"amount\": 1250, \"currency\": \"EUR\"}, \"image\": null, \"sort\": \"a\"}")).isEmpty();
    }

    @Test
    void reportsMissingUndocumentedMistypedAndWronglyNullProperties() {
        assertThat(check("{\"price\": {\"amount\": 12.5, \"currency\": \"euro\", \"extra\": 1}, \"sort\": \"c\"}"))
                .containsExactlyInAnyOrder(
                        "$ lacks required image",
                        "$.price.amount is not an integer: 12.5",
                        "$.price.currency = \"euro\" does not match \"^[A-Z]{3}$\"",
                        "$.price has undocumented property extra",
                        "$.sort = \"c\" is not one of [\"a\",\"b\"]");
        assertThat(check("{\"price\": null, \"image\": 3, \"sort\": \"a\"}"))
                .containsExactlyInAnyOrder("$.price is null but not nullable", "$.image is not a string: 3");
    }

    private java.util.List<String> check(String value) {
        return new SchemaCheck(document).problems(item, read(value));
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        }
        catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
