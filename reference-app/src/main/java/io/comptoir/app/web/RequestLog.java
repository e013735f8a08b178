package io.comptoir.app.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: method, path, status and duration (never the query, which may hold what people search). */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.comptoir.app.access");

    private RequestLog() {
    }

    public static void log(Context ctx, Float millis) {
        LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
    }
}
