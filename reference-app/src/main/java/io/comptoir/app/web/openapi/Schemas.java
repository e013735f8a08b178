package io.comptoir.app.web.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers to write OpenAPI 3.0 schema objects as ordered maps. */
public final class Schemas {

    private Schemas() {
    }

    /** An ordered map from alternating keys and values. */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values do not pair up");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static Map<String, Object> ref(String schema) {
        return map("$ref", "#/components/schemas/" + schema);
    }

    /** A reference that may be null: OpenAPI 3.0 cannot mark a bare {@code $ref} nullable, so it is wrapped. */
    public static Map<String, Object> nullableRef(String schema) {
        return map("nullable", true, "allOf", List.of(ref(schema)));
    }

    public static Map<String, Object> string(String description) {
        return map("type", "string", "description", description);
    }

    public static Map<String, Object> nullableString(String description) {
        return map("type", "string", "nullable", true, "description", description);
    }

    public static Map<String, Object> int64(String description) {
        return map("type", "integer", "format", "int64", "description", description);
    }

    public static Map<String, Object> int32(String description) {
        return map("type", "integer", "format", "int32", "description", description);
    }

    public static Map<String, Object> bool(String description) {
        return map("type", "boolean", "description", description);
    }

    public static Map<String, Object> array(Map<String, Object> items, String description) {
        return map("type", "array", "items", items, "description", description);
    }

    /** An object whose properties are all required (the API always writes them, null when empty). */
    public static Map<String, Object> object(String description, Object... propertiesAndSchemas) {
        Map<String, Object> properties = map(propertiesAndSchemas);
        return map("type", "object", "description", description, "required", new ArrayList<>(properties.keySet()),
                "properties", properties);
    }
}
