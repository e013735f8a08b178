package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.MerchantOrderStatus;

import java.util.List;
import java.util.Set;

/** The merchant back-office's own entries of its side navigation; the plugins' features add theirs after them. */
final class MerchantNav {
    static final String DASHBOARD = "merchant.dashboard";
    static final String ORDERS = "merchant.orders";
    static final String PRODUCTS = "merchant.products";
    static final String PROFILE = "merchant.profile";
    static final String FULFILMENT = "merchant.fulfilment";
    static final String PAYMENT_METHODS = "merchant.payment-methods";
    static final String BANK = "merchant.bank";

    private MerchantNav() {
    }

    static List<NavEntry> entries(Marketplace marketplace) {
        BackOffice office = BackOffice.MERCHANT;
        return List.of(
                NavEntry.scoped(office, DASHBOARD, 10, "bo.shop.nav.dashboard", shop -> ShopPaths.dashboard(new MerchantId(shop))),
                NavEntry.scoped(office, ORDERS, 20, "bo.shop.nav.orders", shop -> ShopPaths.orders(new MerchantId(shop)))
                        .counting(shop -> marketplace.orders().countMerchantOrders(new MerchantId(shop), Set.of(MerchantOrderStatus.PLACED))),
                NavEntry.scoped(office, PRODUCTS, 30, "bo.shop.nav.products", shop -> ShopPaths.products(new MerchantId(shop))),
                NavEntry.scoped(office, PROFILE, 40, "bo.shop.nav.profile", shop -> ShopPaths.profile(new MerchantId(shop))),
                NavEntry.scoped(office, FULFILMENT, 50, "bo.shop.nav.fulfilment", shop -> ShopPaths.fulfilment(new MerchantId(shop))),
                NavEntry.scoped(office, PAYMENT_METHODS, 55, "bo.shop.nav.paymentMethods", shop -> ShopPaths.paymentMethods(new MerchantId(shop))),
                NavEntry.scoped(office, BANK, 60, "bo.shop.nav.bank", shop -> ShopPaths.bank(new MerchantId(shop))));
    }
}
