package io.comptoir.training.api;

import io.comptoir.engine.api.merchant.MerchantId;

import java.time.LocalDate;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A waiver as an admin grants it.
 *
 * @param shop one shop, or empty for every shop of the territory
 * @param reason shown to the shop and in reports, e.g. "Abonnement offert par la CAPSO et la CCPL" (1 to 300 characters)
 */
public record WaiverDraft(Optional<MerchantId> shop, LocalDate from, LocalDate until, String reason) {
    public WaiverDraft {
        requireNonNull(shop, "shop is null");
        requireNonNull(from, "from is null");
        requireNonNull(until, "until is null");
        requireNonNull(reason, "reason is null");
    }
}
