package io.comptoir.app.web;

import io.comptoir.engine.api.stats.SiteVisits;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Counts visits of the shoppers' site for the territory's dashboard: each browser gets a random
 * {@code comptoir_visitor} cookie (HttpOnly, SameSite=Lax, one year) the first time it opens a shopper page, and
 * {@link SiteVisits} counts it once a day. The API, files, back-offices and robots that say so are not visits.
 */
public final class VisitTracking {
    public static final String COOKIE = "comptoir_visitor";
    private static final Logger LOG = LoggerFactory.getLogger(VisitTracking.class);
    private static final int ONE_YEAR = 365 * 24 * 3600;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final List<String> OTHER_SECTIONS = List.of("/api", "/static", "/assets", "/espace-commercant", "/admin");
    private static final Set<String> OTHER_FILES = Set.of("/openapi.json", "/health", "/metrics", "/robots.txt", "/favicon.ico");
    private static final Pattern ROBOT = Pattern.compile("bot|crawl|spider|slurp|preview|monitor", Pattern.CASE_INSENSITIVE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SiteVisits visits;
    private final boolean secureCookies;

    public VisitTracking(SiteVisits visits, boolean secureCookies) {
        this.visits = requireNonNull(visits, "visits is null");
        this.secureCookies = secureCookies;
    }

    /** Runs before matched handlers. */
    public void track(Context ctx) {
        if (ctx.method() != HandlerType.GET || !isShopperPage(ctx.path()) || isRobot(ctx.header("User-Agent"))) {
            return;
        }
        String key = ctx.cookie(COOKIE);
        if (key == null || !KEY.matcher(key).matches()) {
            key = newKey();
            Cookie cookie = new Cookie(COOKIE, key, "/", ONE_YEAR, secureCookies, true, null, SameSite.LAX);
            ctx.cookie(cookie);
        }
        try {
            visits.record(key);
        }
        catch (RuntimeException e) {
            // Counting is not worth failing a shopper's page for.
            LOG.warn("could not record a visit of {}", ctx.path(), e);
        }
    }

    static boolean isShopperPage(String path) {
        if (OTHER_FILES.contains(path)) {
            return false;
        }
        for (String section : OTHER_SECTIONS) {
            if (path.equals(section) || path.startsWith(section + "/")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRobot(String userAgent) {
        return userAgent != null && ROBOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
