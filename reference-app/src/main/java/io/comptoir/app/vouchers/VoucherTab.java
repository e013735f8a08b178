package io.comptoir.app.vouchers;

/** The tabs of the vouchers part of the territory's back-office. */
enum VoucherTab {
    PROGRAMMES("vo.admin.tab.programmes", VoucherAdminPaths.PROGRAMMES),
    FUNDERS("vo.admin.tab.funders", VoucherAdminPaths.FUNDERS),
    POINTS_OF_SALE("vo.admin.tab.pointsOfSale", VoucherAdminPaths.POINTS_OF_SALE),
    LOOKUP("vo.admin.tab.lookup", VoucherAdminPaths.LOOKUP),
    AUDIT("vo.admin.tab.audit", VoucherAdminPaths.AUDIT);

    private final String labelKey;
    private final String path;

    VoucherTab(String labelKey, String path) {
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
