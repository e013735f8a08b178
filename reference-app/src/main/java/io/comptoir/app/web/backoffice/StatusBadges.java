package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;

/** The words and colours of statuses in the back-offices. */
public final class StatusBadges {

    private StatusBadges() {
    }

    public static Badge order(Page page, MerchantOrderStatus status) {
        String tone = switch (status) {
            case PLACED -> "warning";
            case ACCEPTED, OUT_FOR_DELIVERY -> "info";
            case READY_FOR_PICKUP -> "success";
            case COLLECTED, DELIVERED -> "done";
            case REFUNDED -> "danger";
            case CANCELLED, PENDING_PAYMENT -> "muted";
        };
        return new Badge(page.t("bo.order.status." + status.name()), tone);
    }

    public static Badge merchant(Page page, MerchantStatus status) {
        String tone = switch (status) {
            case APPLICANT -> "info";
            case ONBOARDING -> "warning";
            case LIVE -> "success";
            case SUSPENDED -> "danger";
        };
        return new Badge(page.t("bo.shop.status." + status.name()), tone);
    }

    public static String action(Page page, OrderAction action) {
        return page.t("bo.order.action." + action.name());
    }
}
