package io.comptoir.app.training;

import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ShopApplication;

import java.time.Instant;
import java.util.List;

/** An application as the territory's API shows it. */
public record ApplicationJson(long id, String status, String shopName, String siret, String trade, String street, String postalCode,
                              String communeInsee, String contactName, String contactEmail, String contactPhone, String message,
                              String language, Instant submittedAt, Instant decidedAt, String rejectionReason, Long merchantId, Long staffAccountId) {

    public static ApplicationJson of(ShopApplication application) {
        ApplicationForm form = application.form();
        return new ApplicationJson(application.id().value(), application.status().name(), form.shopName(), form.siret(), form.trade(),
                form.street(), form.postalCode(), form.communeInsee(), form.contactName(), form.contactEmail(), form.contactPhone(),
                form.message(), application.language().getLanguage(), application.submittedAt(), application.decidedAt().orElse(null),
                application.rejectionReason().orElse(null), application.merchant().map(id -> id.value()).orElse(null),
                application.staffAccount().map(id -> id.value()).orElse(null));
    }

    /** A page of applications, oldest first, with how many there are in the status asked. */
    public record Page(List<ApplicationJson> items, int total, int page, int size) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
