package io.comptoir.app.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * Refuses request bodies over {@link #MAX_BODY_BYTES} as soon as their declared length says so, before any
 * routing or reading. Bodies of unknown length are cut at the same size by Javalin when read. Picture uploads and
 * spreadsheet imports (the multipart routes) may carry up to {@link #MAX_UPLOAD_BYTES} of file.
 */
public final class RequestLimits {
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** The largest picture a shop may upload. */
    public static final long MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    /** An upload request: the picture plus its form fields and multipart framing. */
    public static final long MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
    private static final Pattern UPLOAD_PATHS = Pattern.compile(
            "/(api/v1/merchant/[^/]+/images|espace-commercant/[^/]+/produits/[^/]+/images|espace-commercant/[^/]+/profil/photo"
                    + "|admin/import/(apercu|confirmer)|espace-commercant/[^/]+/import-produits/(apercu|confirmer))");

    private RequestLimits() {
    }

    public static void rejectOversizedBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > limitFor(ctx.path())) {
            throw new ContentTooLargeResponse();
        }
    }

    /** Whether the path takes uploads (pictures, spreadsheets). */
    public static boolean isUpload(String path) {
        return UPLOAD_PATHS.matcher(path).matches();
    }

    /** The largest body the path takes. */
    public static long limitFor(String path) {
        return isUpload(path) ? MAX_UPLOAD_REQUEST_BYTES : MAX_BODY_BYTES;
    }
}
