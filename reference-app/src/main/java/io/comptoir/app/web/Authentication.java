package io.comptoir.app.web;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.account.SessionStore;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Finds out who is asking, before every request: the session named by the {@code comptoir_session} cookie (browsers)
 * or by an {@code Authorization: Bearer} header (API clients), else an anonymous visitor, who gets a CSRF token in the
 * {@code comptoir_csrf} cookie. Sessions live in the engine's database, so any node serves any visitor.
 */
public final class Authentication {
    public static final String SESSION_COOKIE = "comptoir_session";
    public static final String CSRF_COOKIE = "comptoir_csrf";
    private static final String BEARER = "Bearer ";
    private static final int SESSION_MAX_AGE = 30 * 24 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionStore sessions;
    private final AccountDirectory accounts;
    private final boolean secureCookies;

    public Authentication(SessionStore sessions, AccountDirectory accounts, boolean secureCookies) {
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.secureCookies = secureCookies;
    }

    /** Runs before every request: sets the {@link Viewer}. Static files need no one: no database look-up for them. */
    public void identify(Context ctx) {
        if (ctx.path().startsWith("/static/") || ctx.path().startsWith("/assets/")) {
            Viewer.set(ctx, Viewer.anonymous(() -> anonymousCsrfToken(ctx)));
            return;
        }
        Optional<String> token = bearerToken(ctx).or(() -> Optional.ofNullable(ctx.cookie(SESSION_COOKIE)));
        Optional<Session> session = token.flatMap(sessions::resolve);
        Optional<Account> account = session.flatMap(s -> accounts.account(s.accountId())).filter(Account::active);
        if (account.isPresent()) {
            Viewer.set(ctx, Viewer.signedIn(account.get(), session.get()));
            return;
        }
        if (token.isPresent() && ctx.cookie(SESSION_COOKIE) != null) {
            ctx.removeCookie(SESSION_COOKIE, "/");
        }
        Viewer.set(ctx, Viewer.anonymous(() -> anonymousCsrfToken(ctx)));
    }

    /** Whether the request names its session in an Authorization header (an API client, immune to CSRF). */
    public static boolean usesBearerToken(Context ctx) {
        return bearerToken(ctx).isPresent();
    }

    private static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith(BEARER) ? Optional.of(header.substring(BEARER.length()).strip()) : Optional.empty();
    }

    private String anonymousCsrfToken(Context ctx) {
        String existing = ctx.cookie(CSRF_COOKIE);
        if (existing != null && existing.matches("[A-Za-z0-9_-]{43}")) {
            return existing;
        }
        String token = randomToken();
        ctx.cookie(cookie(CSRF_COOKIE, token, -1));
        return token;
    }

    /** Opens a session for an account that just proved who it is, and makes it the viewer of this request. */
    public Session signIn(Context ctx, Account account) {
        Session session = sessions.open(account.id());
        ctx.cookie(cookie(SESSION_COOKIE, session.token(), SESSION_MAX_AGE));
        Viewer.set(ctx, Viewer.signedIn(account, session));
        return session;
    }

    /** Ends the request's session, if any. */
    public void signOut(Context ctx) {
        Viewer.of(ctx).session().ifPresent(session -> sessions.close(session.token()));
        ctx.removeCookie(SESSION_COOKIE, "/");
        Viewer.set(ctx, Viewer.anonymous(() -> anonymousCsrfToken(ctx)));
    }

    private Cookie cookie(String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setSameSite(SameSite.LAX);
        cookie.setMaxAge(maxAge);
        return cookie;
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
