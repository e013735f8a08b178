package io.comptoir.app.training;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.training.api.ApplicationStatus;

/** How an application's status reads in the back-office. */
final class ApplicationLabels {
    private ApplicationLabels() {
    }

    static Badge status(Page page, ApplicationStatus status) {
        String tone = switch (status) {
            case PENDING -> "warning";
            case APPROVING -> "info";
            case APPROVED -> "success";
            case REJECTED -> "muted";
        };
        return new Badge(page.t("training.application.status." + status.name()), tone);
    }
}
