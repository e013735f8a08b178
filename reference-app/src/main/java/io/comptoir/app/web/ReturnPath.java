package io.comptoir.app.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where to send a visitor back after signing in: a path of this site only. Anything that could leave the site — an
 * absolute or protocol-relative address ({@code //evil.example}), a backslash browsers read as a slash, control
 * characters — is refused, so the {@code retour} parameter cannot be used to bounce shoppers to another site.
 */
public final class ReturnPath {
    public static final String PARAMETER = "retour";
    private static final int MAX_LENGTH = 500;
    private static final String SIGN_IN = "/connexion";

    private ReturnPath() {
    }

    /** The path if it is a safe local one. */
    public static Optional<String> safe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\")) {
            return Optional.empty();
        }
        if (candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                return Optional.empty();
            }
        }
        catch (URISyntaxException e) {
            return Optional.empty();
        }
        // Sending someone back to the sign-in page after signing in would loop.
        if (candidate.equals(SIGN_IN) || candidate.startsWith(SIGN_IN + "?")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** The safe return path, or {@code fallback}. */
    public static String orElse(String candidate, String fallback) {
        return safe(candidate).orElse(fallback);
    }

    /**
     * The sign-in page that brings the visitor back to this request's page: the address itself for a GET, else the page
     * the form was on (its same-site Referer), else nothing.
     */
    public static String signInFor(Context ctx) {
        Optional<String> back;
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            back = safe(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        }
        else {
            back = fromReferer(ctx);
        }
        return back.map(path -> SIGN_IN + "?" + PARAMETER + "=" + Paths.encodeQuery(path)).orElse(SIGN_IN);
    }

    private static Optional<String> fromReferer(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String host = ctx.host();
            if (uri.getRawAuthority() == null || host == null || !uri.getRawAuthority().equalsIgnoreCase(host)) {
                return Optional.empty();
            }
            return safe(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
