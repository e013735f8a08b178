package io.comptoir.app.training;

import io.comptoir.app.admin.AdminPaths;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;

import java.util.Optional;

/**
 * One application, with the decision buttons while it is pending, and the button that finishes an approval that stopped.
 *
 * @param shopUrl the shop's page in the back-office once approved
 * @param reason the reason typed before a refusal
 */
public record ApplicationDetailView(BackOfficeFrame frame, ShopApplication application, ApplicationForm form, String commune, Badge status,
                                    String submittedAt, Optional<String> decidedAt, Optional<String> shopUrl, String actionBase,
                                    String reason) {

    static ApplicationDetailView of(BackOfficeFrame frame, Marketplace marketplace, ShopApplication application, String reason) {
        Page page = frame.page();
        ApplicationForm form = application.form();
        return new ApplicationDetailView(frame, application, form,
                marketplace.territory().commune(form.communeInsee()).map(Commune::name).orElse(form.communeInsee()),
                ApplicationLabels.status(page, application.status()), Formats.dateTime(page, application.submittedAt()),
                application.decidedAt().map(at -> Formats.dateTime(page, at)),
                application.merchant().map(id -> AdminPaths.shop(id.value())), ApplicationReviewPages.path(application.id()), reason);
    }

    public boolean pending() {
        return application.status() == ApplicationStatus.PENDING;
    }

    /** An approval under way, or one that stopped (a crash): the admin may finish it. */
    public boolean approving() {
        return application.status() == ApplicationStatus.APPROVING;
    }

    public String formattedSiret() {
        String siret = form.siret();
        return siret.length() == 14 ? siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " " + siret.substring(9)
                : siret;
    }
}
