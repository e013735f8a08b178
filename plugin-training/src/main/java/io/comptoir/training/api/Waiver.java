package io.comptoir.training.api;

import io.comptoir.engine.api.merchant.MerchantId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The territory offers the membership ("abonnement offert") to one shop, or to every shop when {@code shop} is empty,
 * from one day to another, both included (dates of the marketplace's time zone).
 */
public record Waiver(WaiverId id, Optional<MerchantId> shop, LocalDate from, LocalDate until, String reason, String grantedBy,
                     Instant grantedAt, Optional<Instant> revokedAt) {
    public Waiver {
        requireNonNull(id, "id is null");
        requireNonNull(shop, "shop is null");
        requireNonNull(from, "from is null");
        requireNonNull(until, "until is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(grantedBy, "grantedBy is null");
        requireNonNull(grantedAt, "grantedAt is null");
        requireNonNull(revokedAt, "revokedAt is null");
    }

    /** Whether it is in force on at least one day of the month for that shop. */
    public boolean covers(MerchantId merchant, YearMonth month) {
        return revokedAt.isEmpty() && shop.map(merchant::equals).orElse(true)
                && !from.isAfter(month.atEndOfMonth()) && !until.isBefore(month.atDay(1));
    }
}
