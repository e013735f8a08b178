package io.comptoir.app.training;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.ModuleState;

/** How the training states read in the back-office. */
final class TrainingLabels {
    private TrainingLabels() {
    }

    static Badge module(Page page, ModuleState state) {
        String tone = switch (state) {
            case COMPLETED -> "success";
            case AVAILABLE -> "info";
            case LOCKED -> "muted";
        };
        return new Badge(page.t("training.module.state." + state.name()), tone);
    }

    static Badge booking(Page page, BookingState state) {
        String tone = switch (state) {
            case BOOKED -> "success";
            case WAITING -> "warning";
            case CANCELLED -> "muted";
        };
        return new Badge(page.t("training.booking.state." + state.name()), tone);
    }
}
