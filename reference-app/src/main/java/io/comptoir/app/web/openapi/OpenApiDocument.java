package io.comptoir.app.web.openapi;

import io.comptoir.app.web.Authentication;
import io.comptoir.app.web.CsrfProtection;

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
        paths.values().forEach(OpenApiDocument::declareSecurity);
        return map(
                "openapi", "3.0.3",
                "info", map("title", "Comptoir marketplace API", "version", "1",
                        "description", "The API of the territory's marketplace. Amounts are integers in minor units of their "
                                + "currency (cents). Signed-in calls send the session as a cookie (then state-changing calls also "
                                + "send the X-CSRF-Token header) or as an Authorization: Bearer header."),
                "servers", List.of(map("url", serverUrl.isEmpty() ? "/" : serverUrl)),
                "tags", tags,
                "paths", paths,
                "components", map("schemas", schemas, "securitySchemes", SECURITY_SCHEMES));
    }

    private static final String SESSION = "sessionCookie";
    private static final String CSRF = "csrfHeader";
    private static final String BEARER = "bearerToken";
    private static final Map<String, Object> SECURITY_SCHEMES = map(
            SESSION, map("type", "apiKey", "in", "cookie", "name", Authentication.SESSION_COOKIE,
                    "description", "The browser's session, set by signing in on the site"),
            CSRF, map("type", "apiKey", "in", "header", "name", CsrfProtection.HEADER,
                    "description", "With the session cookie, a state-changing call repeats the value of the " + Authentication.CSRF_COOKIE
                            + " cookie in this header"),
            BEARER, map("type", "http", "scheme", "bearer",
                    "description", "The session token POST /api/v1/auth/login and /api/v1/auth/register answer, for API clients; it needs no CSRF header"));

    /**
     * An operation that may answer 401 needs an account: the session cookie (with the CSRF header on a call that changes
     * something) or a bearer token. The others are open ({@code security: []}), unless their section says otherwise (a
     * sign-in answers 401 to wrong credentials yet is open, see {@link Operations#open}).
     */
    private static void declareSecurity(Map<String, Object> methods) {
        methods.replaceAll((method, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> operation = new LinkedHashMap<>((Map<String, Object>) value);
            Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
            boolean signedIn = responses != null && responses.containsKey("401");
            boolean safe = "get".equals(method) || "head".equals(method);
            operation.putIfAbsent("security", !signedIn ? List.of()
                    : safe ? List.of(map(SESSION, List.of()), map(BEARER, List.of()))
                    : List.of(map(SESSION, List.of(), CSRF, List.of()), map(BEARER, List.of())));
            return operation;
        });
    }
}
