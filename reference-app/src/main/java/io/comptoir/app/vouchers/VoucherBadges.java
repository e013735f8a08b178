package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.VoucherStatus;

/** The words and colours of voucher and sale statuses. */
public final class VoucherBadges {

    private VoucherBadges() {
    }

    public static Badge voucher(Page page, VoucherStatus status) {
        String tone = switch (status) {
            case ACTIVE -> "success";
            case PENDING, STOCK -> "info";
            case SPENT -> "done";
            case EXPIRED, CANCELLED, VOID -> "muted";
            case BLOCKED -> "danger";
        };
        return new Badge(page.t("bons.status." + status.name()), tone);
    }

    public static Badge sale(Page page, SaleStatus status) {
        String tone = switch (status) {
            case COMPLETED -> "success";
            case PENDING -> "info";
            case CANCELLED -> "muted";
        };
        return new Badge(page.t("pos.sale.status." + status.name()), tone);
    }
}
