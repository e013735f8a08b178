package io.comptoir.app.web.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.nullableString;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.string;

/**
 * The OpenAPI 3.0 description of {@code /api/v1}, written by hand (there is no OpenAPI plugin for Javalin 7) from the
 * sections of each feature. A test compares it with the routes Javalin registered and with real responses, so it
 * cannot drift from the code.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** @param roles the names of the roles an account can hold here, the running plugins' included (schema {@code Role}) */
    public static Map<String, Object> build(String serverUrl, List<OpenApiSection> sections, List<String> roles) {
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        Map<String, Object> error = object("An error",
                "error", string("Stable machine-readable code, e.g. invalid_size"),
                "message", string("What went wrong, for developers"),
                "field", nullableString("The parameter or field at fault, if one is"));
        @SuppressWarnings("unchecked")
        Map<String, Object> errorProperties = (Map<String, Object>) error.get("properties");
        errorProperties.put("details", Schemas.array(string("A reason"),
                "Further reasons of a conflict (e.g. what keeps a shop from going live); left out when there are none"));
        schemas.put("Error", error);
        schemas.put("Role", map("type", "string", "enum", List.copyOf(roles), "description", "A role of an account"));
        List<Map<String, Object>> tags = new ArrayList<>();
        for (OpenApiSection section : sections) {
            section.tags().forEach((name, description) -> tags.add(map("name", name, "description", description)));
            section.describe(paths, schemas);
        }
        return map(
                "openapi", "3.0.3",
                "info", map("title", "Comptoir marketplace API", "version", "1",
                        "description", "The API of the territory's marketplace. Amounts are integers in minor units of their "
                                + "currency (cents). Signed-in calls send the session as a cookie (then state-changing calls also "
                                + "send the X-CSRF-Token header) or as an Authorization: Bearer header."),
                "servers", List.of(map("url", serverUrl.isEmpty() ? "/" : serverUrl)),
                "tags", tags,
                "paths", paths,
                "components", map("schemas", schemas));
    }
}
