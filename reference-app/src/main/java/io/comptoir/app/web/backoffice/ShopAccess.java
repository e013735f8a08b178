package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.javalin.http.Context;

/** The shop a page of the merchant back-office is about, for every feature that adds pages to it. */
public final class ShopAccess {
    /** Who may open a shop's pages and API: its staff, and the territory's admins. */
    public static final AccessRole[] ROLES = {AccessRole.MERCHANT_STAFF, AccessRole.TERRITORY_ADMIN};

    private ShopAccess() {
    }

    /**
     * The shop named by the address ({@code {merchantId}}), after checking the account works for it (territory admins may
     * open any shop's): 403 otherwise, 404 when unknown, 400 for a malformed id.
     */
    public static Merchant shop(Context ctx, MerchantDirectory merchants) {
        long id = PathParams.pageId(ctx, "merchantId");
        Viewer.of(ctx).requireStaffOf(id);
        return merchants.require(new MerchantId(id));
    }
}
