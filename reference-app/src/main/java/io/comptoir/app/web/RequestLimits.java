package io.comptoir.app.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

/**
 * Refuses request bodies over {@link #MAX_BODY_BYTES} as soon as their declared length says so, before any
 * routing or reading. Bodies of unknown length are cut at the same size by Javalin when read.
 */
public final class RequestLimits {
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private RequestLimits() {
    }

    public static void rejectOversizedBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw new ContentTooLargeResponse();
        }
    }
}
