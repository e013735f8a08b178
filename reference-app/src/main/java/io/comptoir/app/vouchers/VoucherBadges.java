package io.comptoir.app.vouchers;

import io.comptoir.app.backoffice.Badge;
import io.comptoir.app.web.Page;
import io.comptoir.vouchers.voucher.VoucherStatus;

/** A voucher's status as a coloured label. */
public final class VoucherBadges {

    private VoucherBadges() {
    }

    public static Badge of(Page page, VoucherStatus status) {
        String tone = switch (status) {
            case ACTIVE -> "success";
            case PENDING, STOCK -> "info";
            case SPENT, VOID, CANCELLED -> "muted";
            case EXPIRED -> "warning";
            case BLOCKED -> "danger";
        };
        return new Badge(page.t("vo.status." + status.name()), tone);
    }
}
