package io.comptoir.app.vouchers;

import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.Account;
import io.comptoir.vouchers.api.Requester;
import io.javalin.http.Context;

/** Who types a voucher code, for the plugin's wrong-code limits: the client's address and the signed-in account. */
public final class Requesters {

    private Requesters() {
    }

    public static Requester of(Context ctx) {
        return new Requester(Viewer.of(ctx).account().map(Account::id), ctx.ip());
    }
}
