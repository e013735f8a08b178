package io.comptoir.engine.api.imports;

import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;

import static java.util.Objects.requireNonNull;

/**
 * A shop of an import file.
 *
 * @param line the line in the file, for the report (the first data line of a CSV file with a header is 2)
 * @param ref the territory's reference of the shop, unique in the file
 * @param status the status of a new shop, {@code LIVE} or {@code ONBOARDING}
 */
public record ShopLine(int line, String ref, MerchantProfile profile, MerchantStatus status) {
    public ShopLine {
        requireNonNull(ref, "ref is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(status, "status is null");
    }
}
