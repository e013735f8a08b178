package io.comptoir.training.application;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ApplicationId;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A row of {@code training_application}. */
public record ApplicationRow(long id, String shopName, String siret, String trade, String street, String postalCode,
                             String communeInsee, String contactName, String contactEmail, String contactPhone, String message,
                             String language, String status, Instant submittedAt, Instant claimedAt, Instant decidedAt, String decidedBy,
                             String rejectionReason, Long merchantId, Long staffAccountId) {
    ApplicationStatus applicationStatus() {
        return ApplicationStatus.valueOf(status);
    }

    ApplicationForm form() {
        return new ApplicationForm(shopName, siret, trade, street, postalCode, communeInsee, contactName, contactEmail, contactPhone, message);
    }

    /** The language the form was filled in. */
    Locale writtenIn() {
        return Locale.forLanguageTag(language);
    }

    ShopApplication toApplication() {
        return new ShopApplication(new ApplicationId(id), form(), writtenIn(), applicationStatus(), submittedAt, Optional.ofNullable(decidedAt),
                Optional.ofNullable(decidedBy), Optional.ofNullable(rejectionReason), Optional.ofNullable(merchantId).map(MerchantId::new),
                Optional.ofNullable(staffAccountId).map(AccountId::new));
    }
}
