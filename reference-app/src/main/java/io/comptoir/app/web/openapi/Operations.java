package io.comptoir.app.web.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.ref;

/** Helpers to write OpenAPI operations, parameters and responses. */
public final class Operations {
    public static final Map<String, Object> ID = map("name", "id", "in", "path", "required", true,
            "schema", map("type", "integer", "format", "int64", "minimum", 1));
    public static final Map.Entry<String, Object> BAD_REQUEST = error("400", "A parameter or field is malformed; `field` names it");
    public static final Map.Entry<String, Object> UNAUTHORIZED = error("401", "Not signed in");
    public static final Map.Entry<String, Object> FORBIDDEN = error("403", "Signed in, but not allowed (another's data, a missing role, a bad CSRF token)");
    public static final Map.Entry<String, Object> NOT_FOUND = error("404", "No such thing visible to the caller");
    public static final Map.Entry<String, Object> CONFLICT = error("409", "Refused by the current state; `error` says why");
    public static final Map.Entry<String, Object> TOO_LARGE = error("413", "The body is larger than 1 MiB");
    public static final Map.Entry<String, Object> UNSUPPORTED_MEDIA_TYPE = error("415", "The body is not sent as application/json");
    public static final Map.Entry<String, Object> TOO_MANY_ATTEMPTS = error("429",
            "Too many failed sign-in attempts for this e-mail or client; the Retry-After header says how many seconds to wait");

    private Operations() {
    }

    @SafeVarargs
    public static Map<String, Object> operation(String id, String tag, String summary, String description,
                                                List<Map<String, Object>> parameters, Map.Entry<String, Object>... responses) {
        Map<String, Object> byStatus = new LinkedHashMap<>();
        for (Map.Entry<String, Object> response : responses) {
            byStatus.put(response.getKey(), response.getValue());
        }
        return map("operationId", id, "tags", List.of(tag), "summary", summary, "description", description,
                "parameters", parameters, "responses", byStatus);
    }

    /** The same operation declared open to anyone, for one that answers 401 to wrong credentials rather than to no account. */
    public static Map<String, Object> open(Map<String, Object> operation) {
        Map<String, Object> copy = new LinkedHashMap<>(operation);
        copy.put("security", List.of());
        return copy;
    }

    /** The same operation with a JSON request body of that schema. */
    public static Map<String, Object> withBody(Map<String, Object> operation, String schema) {
        Map<String, Object> copy = new LinkedHashMap<>(operation);
        copy.put("requestBody", map("required", true, "content", map("application/json", map("schema", ref(schema)))));
        return copy;
    }

    public static Map<String, Object> query(String name, Map<String, Object> schema) {
        return map("name", name, "in", "query", "required", false, "schema", schema);
    }

    public static Map<String, Object> header(String name, boolean required, String description) {
        return map("name", name, "in", "header", "required", required, "description", description, "schema", map("type", "string"));
    }

    public static Map<String, Object> pathId(String name) {
        return map("name", name, "in", "path", "required", true, "schema", map("type", "integer", "format", "int64", "minimum", 1));
    }

    public static Map<String, Object> repeated(String name, Map<String, Object> item, String description) {
        return map("name", name, "in", "query", "required", false, "description", description + "; repeat to give several (OR)",
                "style", "form", "explode", true, "schema", map("type", "array", "items", item));
    }

    public static Map.Entry<String, Object> ok(String schema) {
        return Map.entry("200", map("description", "OK", "content", map("application/json", map("schema", ref(schema)))));
    }

    public static Map.Entry<String, Object> created(String schema) {
        return Map.entry("201", map("description", "Created", "content", map("application/json", map("schema", ref(schema)))));
    }

    public static Map.Entry<String, Object> accepted() {
        return Map.entry("202", map("description", "Accepted, nothing to return"));
    }

    public static Map.Entry<String, Object> noContent() {
        return Map.entry("204", map("description", "Done, nothing to return"));
    }

    public static Map.Entry<String, Object> okArray(String schema) {
        return Map.entry("200", map("description", "OK",
                "content", map("application/json", map("schema", map("type", "array", "items", ref(schema))))));
    }

    private static Map.Entry<String, Object> error(String status, String description) {
        return Map.entry(status, map("description", description, "content", map("application/json", map("schema", ref("Error")))));
    }
}
