package io.comptoir.app.web;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.javalin.http.Context;

/**
 * Reads numeric ids from the path. In the API a malformed id is a 400 naming the parameter; on pages it is a
 * 404, since people only meet such addresses through a broken link.
 */
public final class PathParams {

    private PathParams() {
    }

    /** For the API: {@code /orders/abc} is a 400 naming {@code name}. */
    public static long positiveId(Context ctx, String name) {
        String text = ctx.pathParam(name);
        return parse(text).orElseThrow(() -> InvalidInputException.invalid(name, name + " must be a positive whole number, got '" + text + "'"));
    }

    /** For pages: {@code /commandes/abc} is a 404. */
    public static long pageId(Context ctx, String name) {
        String text = ctx.pathParam(name);
        return parse(text).orElseThrow(() -> new NotFoundException("not_found", "no " + name + " " + text));
    }

    private static java.util.OptionalLong parse(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            return java.util.OptionalLong.empty();
        }
        long id = Long.parseLong(text);
        return id > 0 ? java.util.OptionalLong.of(id) : java.util.OptionalLong.empty();
    }
}
