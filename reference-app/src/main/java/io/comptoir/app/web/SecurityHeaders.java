package io.comptoir.app.web;

import io.javalin.http.Context;

import java.util.List;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Headers every response carries. The pages are server-rendered and work without script; the only script is the
 * site's own search box enhancement, so the content security policy allows scripts from the site itself only (no
 * inline script, no other origin); styles and pictures come from the site itself only, and forms lead only to the site
 * and to the few other sites the features name (a payment provider's hosted page).
 */
public final class SecurityHeaders {
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private final String contentSecurityPolicy;

    /** @param formTargets origins ({@code https://host[:port]}) forms may lead to besides the site itself */
    public SecurityHeaders(List<String> formTargets) {
        requireNonNull(formTargets, "formTargets is null");
        for (String origin : formTargets) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("not an origin (https://host[:port]): " + origin);
            }
        }
        this.contentSecurityPolicy = contentSecurityPolicy(formTargets);
    }

    static String contentSecurityPolicy(List<String> formTargets) {
        String formAction = formTargets.stream().distinct().reduce("form-action 'self'", (policy, origin) -> policy + " " + origin);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'none'",
                formAction,
                "frame-ancestors 'none'");
    }

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", contentSecurityPolicy);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    }
}
