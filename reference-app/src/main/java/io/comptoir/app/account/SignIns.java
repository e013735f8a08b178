package io.comptoir.app.account;

import io.comptoir.app.web.Authentication;
import io.comptoir.app.web.CartOwners;
import io.comptoir.app.web.ClientAddress;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.account.SessionStore;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * What happens when someone proves who they are, for pages and API alike: a new session (the one they had, if any,
 * ends, so a session id planted before sign-in is worthless after it), and the guest cart joins the account's.
 */
public final class SignIns {
    private final AccountDirectory accounts;
    private final SessionStore sessions;
    private final Authentication authentication;
    private final CartOwners carts;

    public SignIns(AccountDirectory accounts, SessionStore sessions, Authentication authentication, CartOwners carts) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.authentication = requireNonNull(authentication, "authentication is null");
        this.carts = requireNonNull(carts, "carts is null");
    }

    /** Checks the credentials, throttled per e-mail and per client address. */
    public Account authenticate(Context ctx, String email, String password) {
        return accounts.authenticate(email, password, ClientAddress.of(ctx));
    }

    /** Signs a browser in: session cookie, guest cart merged. */
    public Session intoCookie(Context ctx, Account account) {
        endCurrent(ctx);
        Session session = authentication.signIn(ctx, account);
        carts.mergeInto(ctx, account.id());
        return session;
    }

    /** Signs an API client in: a bearer token, no cookie; a guest cart the client carried is merged too. */
    public Session intoBearerToken(Context ctx, Account account) {
        Session session = sessions.open(account.id());
        carts.mergeInto(ctx, account.id());
        return session;
    }

    private void endCurrent(Context ctx) {
        Viewer.of(ctx).session().ifPresent(session -> sessions.close(session.token()));
    }
}
