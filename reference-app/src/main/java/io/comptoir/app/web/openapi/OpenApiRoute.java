package io.comptoir.app.web.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.app.web.AccessRole;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.UncheckedIOException;
import java.util.List;

/** {@code /openapi.json}: the API's description, built once. */
public final class OpenApiRoute {
    private final String document;

    public OpenApiRoute(ObjectMapper mapper, String serverUrl, List<OpenApiSection> sections, List<String> roles) {
        try {
            this.document = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(OpenApiDocument.build(serverUrl, sections, roles));
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/openapi.json", this::document, AccessRole.ANYONE);
    }

    private void document(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.contentType("application/json").result(document);
    }
}
