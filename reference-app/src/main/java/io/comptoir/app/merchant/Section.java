package io.comptoir.app.merchant;

import io.comptoir.app.Marketplace;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.api.Courses;
import io.comptoir.vouchers.api.StoreRedemptions;

import java.util.Optional;
import java.util.function.Function;

/** The parts of the merchant back-office, in the order of its side navigation. */
public enum Section {
    DASHBOARD("bo.shop.nav.dashboard", ShopPaths::dashboard),
    ORDERS("bo.shop.nav.orders", ShopPaths::orders),
    PRODUCTS("bo.shop.nav.products", ShopPaths::products),
    PROFILE("bo.shop.nav.profile", ShopPaths::profile),
    FULFILMENT("bo.shop.nav.fulfilment", ShopPaths::fulfilment),
    BANK("bo.shop.nav.bank", ShopPaths::bank),
    ONBOARDING("training.nav.onboarding", io.comptoir.app.training.TrainingPaths::onboarding, Courses.class),
    TRAINING("training.nav.courses", io.comptoir.app.training.TrainingPaths::courses, Courses.class),
    WORKSHOPS("training.nav.workshops", io.comptoir.app.training.TrainingPaths::workshops, Courses.class),
    VOUCHERS("vo.shop.nav", VoucherShopPaths::counter, StoreRedemptions.class);

    private final String labelKey;
    private final Function<MerchantId, String> path;
    private final Optional<Class<?>> pluginService;

    Section(String labelKey, Function<MerchantId, String> path) {
        this.labelKey = labelKey;
        this.path = path;
        this.pluginService = Optional.empty();
    }

    Section(String labelKey, Function<MerchantId, String> path, Class<?> pluginService) {
        this.labelKey = labelKey;
        this.path = path;
        this.pluginService = Optional.of(pluginService);
    }

    /** Whether this part is offered: a plugin's part only when that plugin runs. */
    boolean offeredBy(Marketplace marketplace) {
        return pluginService.map(type -> marketplace.plugin(type).isPresent()).orElse(true);
    }

    String labelKey() {
        return labelKey;
    }

    String path(MerchantId shop) {
        return path.apply(shop);
    }
}
