package io.comptoir.app.merchant;

import io.comptoir.app.Marketplace;
import io.comptoir.app.web.PageFactory;
import io.javalin.config.RoutesConfig;

import static java.util.Objects.requireNonNull;

/**
 * The vouchers part of the merchant back-office ({@code /espace-commercant/{merchantId}/bons}): redeeming vouchers at the
 * counter, the shop's redemptions, and its settlement statements. Answers 404 when the vouchers plugin does not run.
 */
public final class ShopVoucherPages {
    private final MerchantBackOffice office;

    public ShopVoucherPages(Marketplace marketplace, PageFactory pages) {
        this.office = new MerchantBackOffice(requireNonNull(marketplace, "marketplace is null"), requireNonNull(pages, "pages is null"));
    }

    public void register(RoutesConfig routes) {
        new VoucherCounterPages(office).register(routes);
        new VoucherStatementPages(office).register(routes);
    }
}
