package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.ShopOffice;
import io.comptoir.engine.api.merchant.Merchant;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * The vouchers part of the merchant back-office ({@code /espace-commercant/{merchantId}/bons}): redeeming vouchers at the
 * counter, the shop's redemptions, and its settlement statements; the pages share the shop's frame with the
 * {@link VoucherNav#SHOP} entry lit.
 */
final class ShopVoucherPages extends ShopOffice {
    private final Marketplace marketplace;

    ShopVoucherPages(Marketplace marketplace, PageFactory pages, BackOffices backOffices) {
        super(pages, backOffices, marketplace.merchants());
        this.marketplace = marketplace;
    }

    void register(RoutesConfig routes) {
        new VoucherCounterPages(this).register(routes);
        new VoucherStatementPages(this).register(routes);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    BackOfficeFrame frame(Context ctx, Merchant shop) {
        return frame(ctx, shop, VoucherNav.SHOP);
    }
}
