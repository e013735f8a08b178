package io.comptoir.app.account;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Authentication;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.ResetLinks;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.Session;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;
import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/auth}: registration, sign-in and sign-out, who am I, password reset. Sign-in answers a bearer token
 * (no cookie is set); the session ends at logout, when the password changes, or after 30 days without use.
 */
public final class AccountsApi {
    static final String ROOT = "/api/v1/auth";
    private static final int MAX_TEXT = 1000;

    private final AccountDirectory accounts;
    private final Authentication authentication;
    private final SignIns signIns;
    private final ResetLinks resetLinks;
    private final PasswordResetRequests passwordResets;

    public AccountsApi(AccountDirectory accounts, Authentication authentication, SignIns signIns, ResetLinks resetLinks,
                       PasswordResetRequests passwordResets) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.authentication = requireNonNull(authentication, "authentication is null");
        this.signIns = requireNonNull(signIns, "signIns is null");
        this.resetLinks = requireNonNull(resetLinks, "resetLinks is null");
        this.passwordResets = requireNonNull(passwordResets, "passwordResets is null");
    }

    public void register(RoutesConfig routes) {
        routes.post(ROOT + "/register", this::registration, AccessRole.ANYONE);
        routes.post(ROOT + "/login", this::login, AccessRole.ANYONE);
        routes.post(ROOT + "/logout", this::logout, AccessRole.SIGNED_IN);
        routes.get(ROOT + "/me", this::me, AccessRole.SIGNED_IN);
        routes.post(ROOT + "/password-reset", this::requestReset, AccessRole.ANYONE);
        routes.post(ROOT + "/password-reset/confirm", this::confirmReset, AccessRole.ANYONE);
        routes.patch(ROOT + "/me", this::rename, AccessRole.SIGNED_IN);
        routes.put(ROOT + "/me/email", this::changeEmail, AccessRole.SIGNED_IN);
        routes.put(ROOT + "/me/password", this::changePassword, AccessRole.SIGNED_IN);
        routes.post(ROOT + "/me/close", this::close, AccessRole.SIGNED_IN);
    }

    private void rename(Context ctx) {
        Account account = accounts.rename(Viewer.of(ctx).requireAccount().id(), JsonBody.of(ctx).text("displayName", MAX_TEXT));
        ctx.header("Cache-Control", "no-store");
        ctx.json(AccountJson.of(account));
    }

    private void changeEmail(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        Account account = accounts.changeEmail(Viewer.of(ctx).requireAccount().id(), body.text("currentPassword", MAX_TEXT),
                body.text("email", MAX_TEXT));
        ctx.header("Cache-Control", "no-store");
        ctx.json(AccountJson.of(account));
    }

    /** Every session of the account ends with the old password: the answer carries a fresh one for this client. */
    private void changePassword(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        Account account = Viewer.of(ctx).requireAccount();
        accounts.changePassword(account.id(), body.text("currentPassword", MAX_TEXT), body.text("newPassword", MAX_TEXT));
        Session session = signIns.intoBearerToken(ctx, account);
        ctx.header("Cache-Control", "no-store");
        ctx.json(AccountJson.SessionJson.of(session, account));
    }

    private void close(Context ctx) {
        accounts.closeOwnAccount(Viewer.of(ctx).requireAccount().id(), JsonBody.of(ctx).text("currentPassword", MAX_TEXT));
        authentication.signOut(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void registration(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        Language language = body.choice("language", List.of(Language.values()), Language::code).orElse(Language.FR);
        Account account = accounts.register(body.text("email", MAX_TEXT), body.text("password", MAX_TEXT),
                body.text("displayName", MAX_TEXT), language.bare());
        Session session = signIns.intoBearerToken(ctx, account);
        ctx.header("Cache-Control", "no-store");
        ctx.status(HttpStatus.CREATED).json(AccountJson.SessionJson.of(session, account));
    }

    private void login(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        Account account = signIns.authenticate(ctx, body.text("email", MAX_TEXT), body.text("password", MAX_TEXT));
        Session session = signIns.intoBearerToken(ctx, account);
        ctx.header("Cache-Control", "no-store");
        ctx.json(AccountJson.SessionJson.of(session, account));
    }

    private void logout(Context ctx) {
        authentication.signOut(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void me(Context ctx) {
        Viewer viewer = Viewer.of(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.json(new AccountJson.Me(AccountJson.of(viewer.requireAccount()), viewer.csrfToken()));
    }

    /** Answers the same, and as fast, whether or not the address has an account: the mail is sent in the background. */
    private void requestReset(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        passwordResets.submit(body.text("email", MAX_TEXT), resetLinks.prefix(ctx));
        ctx.status(HttpStatus.ACCEPTED);
    }

    private void confirmReset(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        Account account = accounts.resetPassword(body.text("token", MAX_TEXT), body.text("password", MAX_TEXT));
        Session session = signIns.intoBearerToken(ctx, account);
        ctx.header("Cache-Control", "no-store");
        ctx.json(AccountJson.SessionJson.of(session, account));
    }
}
