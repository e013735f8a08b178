package io.comptoir.app.account;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Authentication;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.privacy.ErasureReceipt;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * The caller's rights over their data, as JSON: {@code GET /api/v1/auth/me/data} (everything held about them, the file
 * {@code /mon-compte} downloads) and {@code POST /api/v1/auth/me/erasure} (the account erased, with the password and an
 * explicit confirmation). Closing an account ({@code /me/close}) only stops it signing in; erasing it removes the person.
 */
final class PrivacyApi {
    static final String DATA = AccountsApi.ROOT + "/me/data";
    static final String ERASURE = AccountsApi.ROOT + "/me/erasure";
    static final String CONFIRM = "confirm";
    private static final int MAX_TEXT = 1000;

    private final PersonalDataRights privacy;
    private final Authentication authentication;

    PrivacyApi(PersonalDataRights privacy, Authentication authentication) {
        this.privacy = requireNonNull(privacy, "privacy is null");
        this.authentication = requireNonNull(authentication, "authentication is null");
    }

    void register(RoutesConfig routes) {
        routes.get(DATA, this::data, AccessRole.SIGNED_IN);
        routes.post(ERASURE, this::erase, AccessRole.SIGNED_IN);
    }

    private void data(Context ctx) {
        Viewer viewer = Viewer.of(ctx);
        ctx.header("Cache-Control", "private, no-store");
        ctx.json(PersonalDataJson.of(privacy.export(viewer.requireAccount().id(), viewer.actor())));
    }

    /** The confirmation is read first: a request without it never costs an attempt of the password. */
    private void erase(Context ctx) {
        Account account = Viewer.of(ctx).requireAccount();
        JsonBody body = JsonBody.of(ctx);
        body.confirmation(CONFIRM, "the erasure of the account");
        ErasureReceipt receipt = privacy.eraseOwn(account.id(), body.text("currentPassword", MAX_TEXT));
        // the engine ended every session of the account; a cookie client forgets its cookie
        authentication.signOut(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.json(ErasureJson.of(receipt));
    }
}
