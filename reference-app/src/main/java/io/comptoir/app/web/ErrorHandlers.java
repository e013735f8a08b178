package io.comptoir.app.web;

import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.payment.WebhookRejectedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The one place where failures become responses: a JSON {@link ApiError} for machine clients, a French (or English)
 * error page for people. Bad input is a 400 naming the field, never a 500; unknown things are 404; conflicts 409.
 */
public final class ErrorHandlers {
    private static final String TOO_MANY_ATTEMPTS = "too_many_attempts";
    /** PostgreSQL's character_not_in_repertoire: a text holding U+0000 (or bytes that are not UTF-8). */
    private static final String UNSTORABLE_TEXT = "22021";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private final PageFactory pages;

    public ErrorHandlers(PageFactory pages) {
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.exception(InvalidInputException.class, (e, ctx) ->
                respond(ctx, 400, new ApiError(e.code(), e.getMessage(), e.field().orElse(null))));
        routes.exception(IllegalArgumentException.class, (e, ctx) ->
                respond(ctx, 400, new ApiError("invalid_input", messageOf(e), null)));
        routes.exception(NotFoundException.class, (e, ctx) -> respond(ctx, 404, new ApiError(e.code(), e.getMessage(), null)));
        // a rate limit (wrong voucher codes...) is a 429, whichever page or route met it
        routes.exception(ConflictException.class, (e, ctx) -> respond(ctx, TOO_MANY_ATTEMPTS.equals(e.code()) ? 429 : 409,
                new ApiError(e.code(), e.getMessage(), null, e.details())));
        routes.exception(AuthenticationException.class, this::authentication);
        routes.exception(WebhookRejectedException.class, (e, ctx) -> respond(ctx, 400, new ApiError(e.code(), e.getMessage(), null)));
        routes.exception(HttpResponseException.class, this::httpResponse);
        routes.exception(jakarta.servlet.ServletException.class, this::unreadableBody);
        routes.exception(org.eclipse.jetty.http.HttpException.RuntimeException.class, this::unreadableBody);
        routes.exception(Exception.class, this::unexpected);
    }

    /** Wrong credentials are a 401; too many failed attempts a 429 saying when to try again. */
    private void authentication(AuthenticationException e, Context ctx) {
        e.retryAfter().ifPresent(wait -> ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))));
        respond(ctx, e.retryAfter().isPresent() ? 429 : 401, new ApiError(e.code(), e.getMessage(), null));
    }

    private void httpResponse(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status == 401 && !wantsJson(ctx)) {
            // A page that needs an account: sign in first, then come back.
            ctx.redirect(ReturnPath.signInFor(ctx), HttpStatus.SEE_OTHER);
            return;
        }
        String allowed = e.getDetails().get("availableMethods");
        if (status == 405 && allowed != null) {
            ctx.header("Allow", allowed.replace("[", "").replace("]", ""));
        }
        String message = switch (status) {
            case 404 -> "no resource at " + ctx.method() + " " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "the request body is larger than the limit of " + RequestLimits.limitFor(ctx.path()) + " bytes"
                    + (RequestLimits.isUpload(ctx.path()) ? " (a picture of at most " + RequestLimits.MAX_UPLOAD_BYTES + " bytes)" : "");
            default -> e.getMessage();
        };
        respond(ctx, status, new ApiError(code(status), message, null));
    }

    /**
     * A body Jetty could not read, typically a multipart upload over the limits or cut short: 413 or 400, never a 500.
     * Anything else wrapped in a servlet exception is unexpected.
     */
    private void unreadableBody(Exception e, Context ctx) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("max file size exceeded") || message.contains("max request size exceeded")
                    || message.contains("exceeds max") || cause instanceof org.eclipse.jetty.http.HttpException http && http.getCode() == 413) {
                httpResponse(new io.javalin.http.ContentTooLargeResponse(), ctx);
                return;
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.http.HttpException http && http.getCode() == 400) {
                respond(ctx, 400, new ApiError("invalid_body", "the request body cannot be read: " + http.getReason(), null));
                return;
            }
        }
        unexpected(e, ctx);
    }

    private void unexpected(Exception e, Context ctx) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && UNSTORABLE_TEXT.equals(sql.getSQLState())) {
                // a text the database cannot hold that no reader refused first (JsonBody, UnstorableParameters do): its
                // transaction rolled back, so this is bad input, not a failure
                LOG.warn("{} {}: a text the database cannot store: {}", ctx.method(), ctx.path(), sql.getMessage());
                respond(ctx, 400, new ApiError(JsonBody.UNSTORABLE, "a text holds a character that cannot be stored", null));
                return;
            }
        }
        LOG.error("unexpected failure of {} {}", ctx.method(), ctx.path(), e);
        respond(ctx, 500, new ApiError("internal_error", "the server failed to answer; the failure is logged", null));
    }

    private void respond(Context ctx, int status, ApiError error) {
        respond(ctx, status, error, pages);
    }

    /**
     * Answers a failure: the JSON {@link ApiError} for machine-facing addresses, the error page for people. For the
     * handlers a feature registers for its own exceptions.
     */
    public static void respond(Context ctx, int status, ApiError error, PageFactory pages) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.json(error);
            return;
        }
        try {
            PageFactory.render(ctx, "web/error.jte", ErrorView.of(pages.page(ctx), status));
        }
        catch (RuntimeException renderFailure) {
            LOG.error("cannot render the error page for status {}", status, renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result(status + " " + HttpStatus.forStatus(status).getMessage());
        }
    }

    /** Machine-facing addresses answer in JSON; shoppers' pages answer with a page. */
    static boolean wantsJson(Context ctx) {
        String path = ctx.path();
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/assets/")
                || List.of("/openapi.json", "/health", "/metrics").contains(path);
    }

    /** The error code of an HTTP status, for every answer of the API that has no code of its own. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 429 -> "too_many_attempts";
            default -> HttpStatus.forStatus(status).getMessage().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        };
    }

    private static String messageOf(IllegalArgumentException e) {
        return e.getMessage() == null ? "invalid input" : e.getMessage();
    }
}
