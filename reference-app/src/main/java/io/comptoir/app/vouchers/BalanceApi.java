package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.ApiError;
import io.comptoir.app.web.JsonBody;
import io.comptoir.engine.api.error.ConflictException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * {@code POST /api/v1/vouchers/balance} with {@code {"code": "..."}}: the public balance check. The code travels in the
 * body, never in the address (addresses end up in logs and histories). A wrong code gets one generic 400 whatever the
 * reason; too many wrong codes from a client or an account get 429.
 */
public final class BalanceApi {
    public static final String PATH = "/api/v1/vouchers/balance";

    private final Marketplace marketplace;

    public BalanceApi(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::check, AccessRole.ANYONE);
    }

    private void check(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        String code = JsonBody.of(ctx).text("code", 40);
        ctx.header("Cache-Control", "no-store");
        try {
            ctx.json(BalanceJson.of(services.vouchers().checkBalance(code, Requesters.of(ctx)), marketplace.clock().instant()));
        }
        catch (ConflictException e) {
            if (!TooManyAttempts.is(e)) {
                throw e;
            }
            ctx.status(429).json(new ApiError(e.code(), e.getMessage(), "code"));
        }
    }
}
