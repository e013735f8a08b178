package io.comptoir.app.vouchers;

import io.comptoir.app.Marketplace;
import io.comptoir.app.vouchers.balance.BalanceApi;
import io.comptoir.app.vouchers.balance.BalancePage;
import io.comptoir.app.vouchers.pos.PointOfSaleApi;
import io.comptoir.app.vouchers.pos.PointOfSaleBackOffice;
import io.comptoir.app.vouchers.wallet.WalletApi;
import io.comptoir.app.vouchers.wallet.WalletPage;
import io.comptoir.app.web.PageFactory;
import io.javalin.config.RoutesConfig;

import static java.util.Objects.requireNonNull;

/**
 * The vouchers plugin's point-of-sale and shopper sides: the till of a point of sale ({@code /point-de-vente}) and its
 * API ({@code /api/v1/pos}), the public balance check ({@code /bons/solde}, {@code /api/v1/vouchers/balance}) and the
 * shopper's wallet ({@code /mes-bons}, {@code /api/v1/wallet}).
 */
public final class VoucherFeatures {
    private final Marketplace marketplace;
    private final PageFactory pages;

    public VoucherFeatures(Marketplace marketplace, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        new PointOfSaleBackOffice(marketplace, pages).register(routes);
        new PointOfSaleApi(marketplace).register(routes);
        new BalancePage(marketplace, pages).register(routes);
        new BalanceApi(marketplace).register(routes);
        new WalletPage(marketplace, pages).register(routes);
        new WalletApi(marketplace).register(routes);
    }
}
