package io.comptoir.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The address of the password reset page a reset mail links to: on the public address ({@code PUBLIC_URL}) when it
 * is configured; otherwise on the host the request came to. Production sets {@code PUBLIC_URL}, so that a forged
 * {@code Host} header cannot make the mail point elsewhere.
 */
public final class ResetLinks {
    public static final String PAGE = "/reinitialiser-mot-de-passe";
    public static final String TOKEN_PARAMETER = "jeton";
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+])(?::[0-9]{1,5})?");

    private final String baseUrl;

    /** @param baseUrl the public address without trailing slash, or an empty text when there is none */
    public ResetLinks(String baseUrl) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
    }

    /** What the token is appended to in the mail. */
    public String prefix(Context ctx) {
        return base(ctx) + PAGE + "?" + TOKEN_PARAMETER + "=";
    }

    private String base(Context ctx) {
        if (!baseUrl.isEmpty()) {
            return baseUrl;
        }
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            throw new BadRequestResponse("the Host header is not a host name");
        }
        String scheme = "https".equalsIgnoreCase(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + host;
    }
}
