package io.comptoir.app.web.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.ref;

/** Schema helpers the back-office sections share: request bodies with optional fields, enums, nullable numbers. */
public final class BackOfficeSchemas {
    public static final List<String> MERCHANT_STATUSES = List.of("APPLICANT", "ONBOARDING", "LIVE", "SUSPENDED");
    public static final List<String> ORDER_STATUSES = List.of("PENDING_PAYMENT", "PLACED", "ACCEPTED", "READY_FOR_PICKUP", "OUT_FOR_DELIVERY",
            "COLLECTED", "DELIVERED", "CANCELLED", "REFUNDED");
    public static final List<String> ORDER_ACTIONS = List.of("PLACE", "ACCEPT", "MARK_READY", "MARK_COLLECTED", "SEND_OUT", "MARK_DELIVERED",
            "CANCEL", "REFUND", "MARK_PAID");
    public static final Map.Entry<String, Object> PAYLOAD_TOO_LARGE = Map.entry("413", map("description",
            "The body is over the limit (1 MiB; 5 MiB for a picture upload)",
            "content", map("application/json", map("schema", ref("Error")))));

    private BackOfficeSchemas() {
    }

    public static Map<String, Object> enumeration(String description, List<String> values) {
        return map("type", "string", "description", description, "enum", values);
    }

    public static Map<String, Object> dateTime() {
        return map("type", "string", "format", "date-time");
    }

    public static Map<String, Object> nullableInt64(String description) {
        return map("type", "integer", "format", "int64", "nullable", true, "description", description);
    }

    /** A request body: only the listed properties are required. */
    public static Map<String, Object> input(String description, List<String> required, Object... propertiesAndSchemas) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", description);
        if (!required.isEmpty()) {
            schema.put("required", new ArrayList<>(required));
        }
        schema.put("properties", map(propertiesAndSchemas));
        return schema;
    }

    /** The same operation with a JSON request body of that schema. */
    public static Map<String, Object> body(Map<String, Object> operation, String schema) {
        return Operations.withBody(operation, schema);
    }

    public static Map<String, Object> methods(Object... methodsAndOperations) {
        return map(methodsAndOperations);
    }
}
