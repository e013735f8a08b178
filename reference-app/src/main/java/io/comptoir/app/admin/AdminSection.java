package io.comptoir.app.admin;

import io.comptoir.app.Marketplace;
import io.comptoir.training.api.Courses;
import io.comptoir.vouchers.api.Programmes;

import java.util.Optional;

/** The parts of the territory's back-office, in the order of its side navigation. */
public enum AdminSection {
    DASHBOARD("bo.admin.nav.dashboard", AdminPaths.ROOT),
    SHOPS("bo.admin.nav.shops", AdminPaths.SHOPS),
    ACCOUNTS("bo.admin.nav.accounts", AdminPaths.ACCOUNTS),
    ORDERS("bo.admin.nav.orders", AdminPaths.ORDERS),
    MAIL("bo.admin.nav.mail", AdminPaths.MAIL),
    APPLICATIONS("training.admin.nav.applications", io.comptoir.app.admin.training.ApplicationReviewPages.ROOT, Courses.class),
    TRAINING("bo.admin.nav.training", "/admin/formation", Courses.class),
    VOUCHERS("vo.admin.nav", VoucherAdminPaths.ROOT, Programmes.class);

    private final String labelKey;
    private final String path;
    private final Optional<Class<?>> pluginService;

    AdminSection(String labelKey, String path) {
        this.labelKey = labelKey;
        this.path = path;
        this.pluginService = Optional.empty();
    }

    AdminSection(String labelKey, String path, Class<?> pluginService) {
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

    String path() {
        return path;
    }
}
