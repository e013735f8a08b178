package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.AfterChange;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.ShopAccess;
import io.comptoir.engine.api.merchant.Merchant;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * The vouchers part of the merchant back-office ({@code /espace-commercant/{merchantId}/bons}): redeeming vouchers at the
 * counter, the shop's redemptions, and its settlement statements; the pages share the shop's frame with the
 * {@link VoucherNav#SHOP} entry lit.
 */
final class ShopVoucherPages {
    private final Marketplace marketplace;
    private final PageFactory pages;
    private final BackOffices backOffices;

    ShopVoucherPages(Marketplace marketplace, PageFactory pages, BackOffices backOffices) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
    }

    void register(RoutesConfig routes) {
        new VoucherCounterPages(this).register(routes);
        new VoucherStatementPages(this).register(routes);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    Page page(Context ctx) {
        return pages.page(ctx);
    }

    /** The shop named by the address, after checking the account works for it: 403 otherwise, 404 when unknown. */
    Merchant shop(Context ctx) {
        return ShopAccess.shop(ctx, marketplace.merchants());
    }

    BackOfficeFrame frame(Context ctx, Merchant shop) {
        return backOffices.frame(ctx, VoucherNav.SHOP, shop.id().value());
    }

    static void redirectDone(Context ctx, String path, String flash) {
        AfterChange.redirect(ctx, path, flash);
    }
}
