package io.comptoir.app.merchant;

import io.comptoir.app.account.AccountJson;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.ResetLinks;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/merchant/{merchantId}/staff}: a shop's team lists its members and adds someone by e-mail (an account is
 * opened for an address without one, its holder choosing a password from the link mailed to it). Adding someone already
 * on the staff is idempotent, as giving a role held already is: their account, 200, and no mail.
 */
public final class StaffApi {
    private static final int MAX_TEXT = 300;

    private final Marketplace marketplace;
    private final ResetLinks resetLinks;

    public StaffApi(Marketplace marketplace, ResetLinks resetLinks) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.resetLinks = requireNonNull(resetLinks, "resetLinks is null");
    }

    public void register(RoutesConfig routes) {
        String staff = MerchantApi.ROOT + "/{merchantId}/staff";
        routes.get(staff, this::list, MerchantBackOffice.STAFF);
        routes.post(staff, this::invite, MerchantBackOffice.STAFF);
    }

    /** The shop of the address, after checking the caller works for it. */
    private Merchant shop(Context ctx) {
        long id = PathParams.positiveId(ctx, "merchantId");
        Viewer.of(ctx).requireStaffOf(id);
        return marketplace.merchants().require(new MerchantId(id));
    }

    private void list(Context ctx) {
        Merchant shop = shop(ctx);
        ctx.header("Cache-Control", "private, no-store");
        ctx.json(marketplace.accounts().holders(RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value())).stream().map(AccountJson::of).toList());
    }

    /** 201 with the member added; 200 with the member, and nothing done, for someone already on the staff. */
    private void invite(Context ctx) {
        Merchant shop = shop(ctx);
        JsonBody body = JsonBody.of(ctx);
        String email = body.text("email", MAX_TEXT);
        String displayName = body.optionalText("displayName", MAX_TEXT).orElse("");
        RoleGrant staff = RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value());
        Optional<Account> already = marketplace.accounts().accountByEmail(email).filter(Account::active)
                .filter(account -> account.grants().contains(staff));
        if (already.isPresent()) {
            ctx.status(HttpStatus.OK).json(AccountJson.of(already.get()));
            return;
        }
        Account member = marketplace.accounts().invite(email, displayName, staff, shop.name(), resetLinks.prefix(ctx), Viewer.of(ctx).actor());
        ctx.status(HttpStatus.CREATED).json(AccountJson.of(member));
    }
}
