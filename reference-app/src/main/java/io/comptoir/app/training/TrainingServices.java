package io.comptoir.app.training;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.Memberships;
import io.comptoir.training.api.TrainingReports;
import io.comptoir.training.api.Workshops;

import static java.util.Objects.requireNonNull;

/** The training plugin's services the pages and API use (the feature runs only where the plugin does). */
final class TrainingServices {
    private final Marketplace marketplace;

    TrainingServices(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    Marketplace marketplace() {
        return marketplace;
    }

    <T> T get(Class<T> type) {
        return marketplace.requirePlugin(type);
    }

    Courses courses() {
        return get(Courses.class);
    }

    Workshops workshops() {
        return get(Workshops.class);
    }

    TrainingReports reports() {
        return get(TrainingReports.class);
    }

    Memberships memberships() {
        return get(Memberships.class);
    }
}
