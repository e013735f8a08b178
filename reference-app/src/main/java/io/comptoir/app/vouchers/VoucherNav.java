package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;

/**
 * Where the vouchers' pages show in the back-offices: an entry of the shop's and of the territory's, and the
 * point-of-sale back-office this feature owns (selling, stock, the day).
 */
final class VoucherNav {
    /** A point of sale's back-office ({@code /point-de-vente/{pointOfSaleId}/...}); the scope is the point of sale's id. */
    static final BackOffice POINT_OF_SALE = new BackOffice("point-of-sale", "pos.area", PosPaths.ROOT);
    static final String SHOP = "vouchers.shop";
    static final String ADMIN = "vouchers.admin";
    static final String SELL = "vouchers.pos.sell";
    static final String STOCK = "vouchers.pos.stock";
    static final String DAY = "vouchers.pos.day";

    private VoucherNav() {
    }

    static List<NavEntry> entries() {
        return List.of(
                NavEntry.scoped(BackOffice.MERCHANT, SHOP, 100, "vo.shop.nav", shop -> VoucherShopPaths.counter(new MerchantId(shop))),
                NavEntry.of(BackOffice.ADMIN, ADMIN, 80, "vo.admin.nav", VoucherAdminPaths.ROOT),
                NavEntry.scoped(POINT_OF_SALE, SELL, 10, "pos.nav.sell", PosPaths::till),
                NavEntry.scoped(POINT_OF_SALE, STOCK, 20, "pos.nav.stock", PosPaths::stock),
                NavEntry.scoped(POINT_OF_SALE, DAY, 30, "pos.nav.day", PosPaths::day));
    }
}
