package io.comptoir.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;

import java.util.Map;

/**
 * Renders the jte templates of {@code src/main/jte}, precompiled at build time into classes, with HTML escaping of
 * every expression (so that a shop's text can never inject markup).
 */
public final class JteRenderer implements FileRenderer {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        StringOutput output = new StringOutput();
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) model;
        templates.render(filePath, params, output);
        return output.toString();
    }
}
