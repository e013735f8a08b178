package io.comptoir.vouchers.api;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Which shops take a programme's vouchers. A shop must be live on the marketplace and never be the voucher shop; then
 * it takes them unless it opted out, if the programme is open to every live shop, if it opted in, or if it sells in one
 * of the categories (or their sub-categories).
 */
public record Eligibility(boolean allLiveShops, Set<MerchantId> optedIn, Set<MerchantId> optedOut, Set<CategoryId> categories) {
    public Eligibility {
        optedIn = Set.copyOf(requireNonNull(optedIn, "optedIn is null"));
        optedOut = Set.copyOf(requireNonNull(optedOut, "optedOut is null"));
        categories = Set.copyOf(requireNonNull(categories, "categories is null"));
        for (MerchantId merchant : optedIn) {
            if (optedOut.contains(merchant)) {
                throw new IllegalArgumentException("shop " + merchant + " both opted in and out");
            }
        }
    }

    public static Eligibility allLiveShopsExcept(Set<MerchantId> optedOut) {
        return new Eligibility(true, Set.of(), optedOut, Set.of());
    }

    public static Eligibility only(Set<MerchantId> optedIn) {
        return new Eligibility(false, optedIn, Set.of(), Set.of());
    }
}
