package io.comptoir.engine.api.merchant;

import io.comptoir.engine.api.catalogue.CategoryId;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Which merchants to list. Empty optionals do not filter. Results are ordered by name.
 *
 * @param statuses the statuses to include (never empty)
 * @param communeInsee only shops in this commune
 * @param category only shops selling in this category or one of its descendants
 * @param featuredOnly only shops featured by the territory's campaign
 */
public record MerchantFilter(
        Set<MerchantStatus> statuses,
        Optional<String> communeInsee,
        Optional<CategoryId> category,
        boolean featuredOnly,
        int offset,
        int limit) {

    public MerchantFilter {
        statuses = Set.copyOf(requireNonNull(statuses, "statuses is null"));
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("statuses is empty");
        }
        requireNonNull(communeInsee, "communeInsee is null");
        requireNonNull(category, "category is null");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }

    /** Live shops, all of them. */
    public static MerchantFilter live() {
        return new MerchantFilter(EnumSet.of(MerchantStatus.LIVE), Optional.empty(), Optional.empty(), false, 0, Integer.MAX_VALUE);
    }

    /** Every shop whatever its status. */
    public static MerchantFilter all() {
        return new MerchantFilter(EnumSet.allOf(MerchantStatus.class), Optional.empty(), Optional.empty(), false, 0, Integer.MAX_VALUE);
    }

    public MerchantFilter inCommune(String inseeCode) {
        return new MerchantFilter(statuses, Optional.of(inseeCode), category, featuredOnly, offset, limit);
    }

    public MerchantFilter inCategory(CategoryId categoryId) {
        return new MerchantFilter(statuses, communeInsee, Optional.of(categoryId), featuredOnly, offset, limit);
    }

    public MerchantFilter featured() {
        return new MerchantFilter(statuses, communeInsee, category, true, offset, limit);
    }

    public MerchantFilter page(int newOffset, int newLimit) {
        return new MerchantFilter(statuses, communeInsee, category, featuredOnly, newOffset, newLimit);
    }
}
