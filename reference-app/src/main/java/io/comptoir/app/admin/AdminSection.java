package io.comptoir.app.admin;

/** The parts of the territory's back-office, in the order of its side navigation. */
enum AdminSection {
    DASHBOARD("bo.admin.nav.dashboard", AdminPaths.ROOT),
    SHOPS("bo.admin.nav.shops", AdminPaths.SHOPS),
    ACCOUNTS("bo.admin.nav.accounts", AdminPaths.ACCOUNTS),
    ORDERS("bo.admin.nav.orders", AdminPaths.ORDERS),
    MAIL("bo.admin.nav.mail", AdminPaths.MAIL),
    VOUCHERS("vo.admin.nav", VoucherAdminPaths.ROOT);

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
