package io.comptoir.app.admin;

/** The parts of the territory's back-office, in the order of its side navigation. */
public enum AdminSection {
    DASHBOARD("bo.admin.nav.dashboard", AdminPaths.ROOT),
    SHOPS("bo.admin.nav.shops", AdminPaths.SHOPS),
    ACCOUNTS("bo.admin.nav.accounts", AdminPaths.ACCOUNTS),
    ORDERS("bo.admin.nav.orders", AdminPaths.ORDERS),
    MAIL("bo.admin.nav.mail", AdminPaths.MAIL),
    APPLICATIONS("training.admin.nav.applications", io.comptoir.app.admin.training.ApplicationReviewPages.ROOT),
    TRAINING("bo.admin.nav.training", "/admin/formation");

    private final String labelKey;
    private final String path;

    AdminSection(String labelKey, String path) {
        this.labelKey = labelKey;
        this.path = path;
    }

    String labelKey() {
        return labelKey;
    }

    String path() {
        return path;
    }
}
