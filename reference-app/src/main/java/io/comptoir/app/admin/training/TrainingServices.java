package io.comptoir.app.admin.training;

import io.comptoir.app.Marketplace;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.Memberships;
import io.comptoir.training.api.TrainingReports;
import io.comptoir.training.api.Workshops;

import static java.util.Objects.requireNonNull;

/** The training plugin's services for the admin pages and API; while the plugin does not run, its addresses are 404. */
final class TrainingServices {
    private final Marketplace marketplace;

    TrainingServices(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    Marketplace marketplace() {
        return marketplace;
    }

    Courses courses() {
        return require(Courses.class);
    }

    Workshops workshops() {
        return require(Workshops.class);
    }

    TrainingReports reports() {
        return require(TrainingReports.class);
    }

    Memberships memberships() {
        return require(Memberships.class);
    }

    private <T> T require(Class<T> type) {
        return marketplace.plugin(type).orElseThrow(() -> new NotFoundException("not_found", "the training plugin does not run here"));
    }
}
