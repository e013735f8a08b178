package io.comptoir.app.web;

import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses, before any handler reads them, query and form parameters holding U+0000, which no text column of PostgreSQL
 * can store: a 400 naming the parameter rather than a 500 wherever the text would have been written. JSON bodies get the
 * same check when read ({@link JsonBody}), and imported spreadsheets theirs.
 */
public final class UnstorableParameters {
    private UnstorableParameters() {
    }

    public static void reject(Context ctx) {
        reject(ctx.queryParamMap());
        String type = ctx.contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            reject(ctx.formParamMap());
        }
    }

    private static void reject(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            if (JsonBody.unstorable(name) || values.stream().anyMatch(JsonBody::unstorable)) {
                String field = name.replace('\u0000', '?');
                throw new InvalidInputException(field, JsonBody.UNSTORABLE, field + " must not contain the character U+0000");
            }
        });
    }
}
