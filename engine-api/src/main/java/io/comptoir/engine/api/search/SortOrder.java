package io.comptoir.engine.api.search;

import java.util.Locale;
import java.util.Optional;

/** How search results are ordered. Ties are broken by newest first, then by product id, so paging is stable. */
public enum SortOrder {
    /** Best text match first; without search text, newest first. */
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    NEWEST;

    /** The parameter form: {@code relevance}, {@code price_asc}, {@code price_desc}, {@code newest}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SortOrder> fromParameter(String text) {
        for (SortOrder order : values()) {
            if (order.parameter().equals(text)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
