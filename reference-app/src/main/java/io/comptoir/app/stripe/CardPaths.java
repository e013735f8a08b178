package io.comptoir.app.stripe;

import io.comptoir.app.merchant.ShopPaths;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;

/** The card payments' addresses and their entries in the shop's and the territory's back-offices. */
final class CardPaths {
    static final String SHOP_NAV = "stripe.shop";
    static final String ADMIN_NAV = "stripe.admin";
    static final String SHOP_ROOT = ShopPaths.ROOT + "/{merchantId}/paiements-carte";
    static final String ADMIN = "/admin/paiements-carte";
    static final String ADMIN_CSV = ADMIN + "/rapport.csv";
    static final String ADMIN_MOVEMENTS_CSV = ADMIN + "/mouvements.csv";

    private CardPaths() {
    }

    static String shop(MerchantId merchant) {
        return ShopPaths.ROOT + "/" + merchant.value() + "/paiements-carte";
    }

    static List<NavEntry> navigation() {
        return List.of(NavEntry.scoped(BackOffice.MERCHANT, SHOP_NAV, 110, "st.shop.nav", shop -> shop(new MerchantId(shop))),
                NavEntry.of(BackOffice.ADMIN, ADMIN_NAV, 85, "st.admin.nav", ADMIN));
    }
}
