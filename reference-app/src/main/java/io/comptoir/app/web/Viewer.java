package io.comptoir.app.web;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Who is asking: a signed-in account with its session, or an anonymous visitor. Made once per request by
 * {@link Authentication} and read by handlers with {@link #of(Context)}.
 */
public final class Viewer {
    private static final String ATTRIBUTE = Viewer.class.getName();

    private final Optional<Account> account;
    private final Optional<Session> session;
    private final Supplier<String> csrfToken;

    private Viewer(Optional<Account> account, Optional<Session> session, Supplier<String> csrfToken) {
        this.account = requireNonNull(account, "account is null");
        this.session = requireNonNull(session, "session is null");
        this.csrfToken = requireNonNull(csrfToken, "csrfToken is null");
    }

    public static Viewer signedIn(Account account, Session session) {
        return new Viewer(Optional.of(account), Optional.of(session), session::csrfToken);
    }

    /** An anonymous visitor; its CSRF token is made (and its cookie set) only when a form or a check needs it. */
    public static Viewer anonymous(Supplier<String> csrfToken) {
        String[] memo = new String[1];
        return new Viewer(Optional.empty(), Optional.empty(), () -> {
            if (memo[0] == null) {
                memo[0] = csrfToken.get();
            }
            return memo[0];
        });
    }

    public Optional<Account> account() {
        return account;
    }

    public Optional<Session> session() {
        return session;
    }

    /** What this visitor's forms and unsafe API calls must send back. */
    public String csrfToken() {
        return csrfToken.get();
    }

    public static Viewer of(Context ctx) {
        Viewer viewer = ctx.attribute(ATTRIBUTE);
        if (viewer == null) {
            throw new IllegalStateException("no viewer: Authentication did not run for " + ctx.path());
        }
        return viewer;
    }

    static void set(Context ctx, Viewer viewer) {
        ctx.attribute(ATTRIBUTE, viewer);
    }

    public boolean signedIn() {
        return account.isPresent();
    }

    /** The signed-in account; anonymous callers get 401 (pages redirect to sign-in before that). */
    public Account requireAccount() {
        return account.orElseThrow(UnauthorizedResponse::new);
    }

    public Actor actor() {
        return Actor.account(requireAccount().id().value());
    }

    public boolean has(Role role) {
        return account.map(a -> a.hasRole(role)).orElse(false);
    }

    public Set<AccessRole> routeRoles() {
        return account.map(a -> AccessRole.of(a.grants().stream().map(RoleGrant::role).collect(Collectors.toSet())))
                .orElse(Set.of(AccessRole.ANYONE));
    }

    /** The shops this account works for (merchant ids). */
    public Set<Long> shops() {
        return scopesOf(Role.MERCHANT_STAFF);
    }

    /** What this account holds a scoped role for: the shops of {@link Role#MERCHANT_STAFF}, a plugin's points of sale... */
    public Set<Long> scopesOf(Role role) {
        return account.map(a -> a.scopesOf(role)).orElse(Set.of());
    }

    /** 403 unless the account works for that shop (territory admins may act for any shop). */
    public void requireStaffOf(long merchantId) {
        requireScope(Role.MERCHANT_STAFF, merchantId);
    }

    /** 403 unless the account holds the scoped role for that scope (territory admins may act for any). */
    public void requireScope(Role role, long scope) {
        if (!scopesOf(role).contains(scope) && !has(Role.TERRITORY_ADMIN)) {
            throw new ForbiddenResponse();
        }
    }
}
