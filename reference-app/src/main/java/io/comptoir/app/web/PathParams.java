package io.comptoir.app.web;

import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.http.Context;

/** Reads ids from the path strictly: {@code /orders/abc} is a 400 naming the parameter, not a 404 nor a 500. */
public final class PathParams {

    private PathParams() {
    }

    public static long positiveId(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.invalid(name, name + " must be a positive whole number, got '" + text + "'");
    }
}
