package io.comptoir.app.catalogue;

import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.http.Context;

/** Reads numeric ids from the path: {@code /products/abc} is a 400 naming {@code id}, not a 404 nor a 500. */
final class PathIds {

    private PathIds() {
    }

    static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.invalid("id", "id must be a positive whole number, got '" + text + "'");
    }
}
