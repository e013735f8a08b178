package io.comptoir.app.training;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplications;

import java.util.List;

/**
 * Where the training pages show in the back-offices: a shop's onboarding, courses and workshops; the territory's
 * applications and training; and the trainer's back-office this feature owns.
 */
final class TrainingNav {
    /** A trainer's back-office ({@code /formateur}): their workshop sessions and attendance. */
    static final BackOffice TRAINER = new BackOffice("trainer", "training.trainer.area", TrainingPaths.TRAINER);
    static final String ONBOARDING = "training.onboarding";
    static final String COURSES = "training.courses";
    static final String WORKSHOPS = "training.workshops";
    static final String APPLICATIONS = "training.applications";
    static final String ADMIN = "training.admin";
    static final String TRAINER_SESSIONS = "training.trainer.sessions";

    /** Who counts the applications waiting for the territory: the navigation, shown to territory admins only. */
    private static final Actor COUNTER = Actor.system("admin-navigation");

    private TrainingNav() {
    }

    static List<NavEntry> entries(Marketplace marketplace) {
        return List.of(
                NavEntry.scoped(BackOffice.MERCHANT, ONBOARDING, 70, "training.nav.onboarding", shop -> TrainingPaths.onboarding(new MerchantId(shop))),
                NavEntry.scoped(BackOffice.MERCHANT, COURSES, 80, "training.nav.courses", shop -> TrainingPaths.courses(new MerchantId(shop))),
                NavEntry.scoped(BackOffice.MERCHANT, WORKSHOPS, 90, "training.nav.workshops", shop -> TrainingPaths.workshops(new MerchantId(shop))),
                NavEntry.of(BackOffice.ADMIN, APPLICATIONS, 60, "training.admin.nav.applications", ApplicationReviewPages.ROOT)
                        .tallying(scope -> marketplace.requirePlugin(ShopApplications.class).countByStatus(COUNTER)
                                .getOrDefault(ApplicationStatus.PENDING, 0), "training.admin.figures.pending"),
                NavEntry.of(BackOffice.ADMIN, ADMIN, 70, "bo.admin.nav.training", TrainingAdminPaths.ROOT),
                NavEntry.of(TRAINER, TRAINER_SESSIONS, 10, "training.trainer.nav.sessions", TrainingPaths.TRAINER));
    }
}
