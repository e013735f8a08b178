package io.comptoir.training.api;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An application as stored: the form (cleaned), where it stands, and once approved the shop and its staff account.
 *
 * @param language  the language the form was filled in (see {@link ShopApplications#apply(ApplicationForm, Locale)})
 * @param decidedBy the admin who decided, as an {@link io.comptoir.engine.api.Actor} in its compact form
 */
public record ShopApplication(ApplicationId id, ApplicationForm form, Locale language, ApplicationStatus status, Instant submittedAt,
                              Optional<Instant> decidedAt, Optional<String> decidedBy, Optional<String> rejectionReason,
                              Optional<MerchantId> merchant, Optional<AccountId> staffAccount) {
    public ShopApplication {
        requireNonNull(id, "id is null");
        requireNonNull(form, "form is null");
        requireNonNull(language, "language is null");
        requireNonNull(status, "status is null");
        requireNonNull(submittedAt, "submittedAt is null");
        requireNonNull(decidedAt, "decidedAt is null");
        requireNonNull(decidedBy, "decidedBy is null");
        requireNonNull(rejectionReason, "rejectionReason is null");
        requireNonNull(merchant, "merchant is null");
        requireNonNull(staffAccount, "staffAccount is null");
    }
}
