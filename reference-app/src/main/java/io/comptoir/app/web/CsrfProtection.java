package io.comptoir.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Refuses state-changing requests that do not prove they come from our own pages: an HTML form sends the viewer's CSRF
 * token in the {@code _csrf} field, a script in the {@code X-CSRF-Token} header. API clients that authenticate with a
 * bearer token carry no ambient credential and are exempt, and so are payment webhooks (their signature is checked
 * instead). Runs after {@link Authentication}.
 */
public final class CsrfProtection {
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    /**
     * Addresses that need no token, as the features declare them: API calls that read {@code application/json} only
     * (which no cross-site form can send) and set no cookie, so that a forged cross-site request can do nothing a visitor
     * could not do openly. The API's credential exchanges (they take an e-mail and password and answer a bearer token),
     * the public balance check of a voucher (it changes nothing but the caller's own attempt count), the public
     * application to join the marketplace.
     */
    private final Set<String> exempt;

    public CsrfProtection(Set<String> exempt) {
        this.exempt = Set.copyOf(exempt);
    }

    public void check(Context ctx) {
        if (SAFE.contains(ctx.method()) || Authentication.usesBearerToken(ctx) || isWebhook(ctx.path()) || exempt.contains(ctx.path())) {
            return;
        }
        String expected = Viewer.of(ctx).csrfToken();
        String given = ctx.header(HEADER);
        if (given == null && isForm(ctx)) {
            given = ctx.formParam(FIELD);
        }
        if (given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("csrf_token_missing_or_wrong");
        }
    }

    private static boolean isWebhook(String path) {
        return path.startsWith("/api/v1/payments/") && path.endsWith("/webhook");
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }
}
