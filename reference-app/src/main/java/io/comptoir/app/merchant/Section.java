package io.comptoir.app.merchant;

import io.comptoir.engine.api.merchant.MerchantId;

import java.util.function.Function;

/** The parts of the merchant back-office, in the order of its side navigation. */
enum Section {
    DASHBOARD("bo.shop.nav.dashboard", ShopPaths::dashboard),
    ORDERS("bo.shop.nav.orders", ShopPaths::orders),
    PRODUCTS("bo.shop.nav.products", ShopPaths::products),
    PROFILE("bo.shop.nav.profile", ShopPaths::profile),
    FULFILMENT("bo.shop.nav.fulfilment", ShopPaths::fulfilment),
    BANK("bo.shop.nav.bank", ShopPaths::bank),
    VOUCHERS("vo.shop.nav", VoucherShopPaths::counter);

    private final String labelKey;
    private final Function<MerchantId, String> path;

    Section(String labelKey, Function<MerchantId, String> path) {
        this.labelKey = labelKey;
        this.path = path;
    }

    String labelKey() {
        return labelKey;
    }

    String path(MerchantId shop) {
        return path.apply(shop);
    }
}
