package io.comptoir.app.web.backoffice;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongUnaryOperator;

import static java.util.Objects.requireNonNull;

/**
 * An entry of a back-office's side navigation, contributed by a feature (as a Jenkins plugin contributes its management
 * link): the back-office assembles its navigation from the entries of every feature that runs, in {@code order}.
 *
 * @param id stable and unique, e.g. {@code merchant.orders}: a page names the entry it belongs to by it
 * @param path the entry's address, from the scope of the page (the shop's id in the merchant back-office, 0 when none)
 * @param count a number worth the user's attention (orders to accept), from the scope; shown when above 0
 * @param tallyKey the base of the plural texts ({@code .one}, {@code .other}) that say what {@code count} counts, when
 *        the back-office's dashboard shows it among its figures (another feature's work waiting there)
 */
public record NavEntry(BackOffice backOffice, String id, int order, String labelKey, LongFunction<String> path,
                       Optional<LongUnaryOperator> count, Optional<String> tallyKey) {
    public NavEntry {
        requireNonNull(backOffice, "backOffice is null");
        requireNonNull(id, "id is null");
        requireNonNull(labelKey, "labelKey is null");
        requireNonNull(path, "path is null");
        requireNonNull(count, "count is null");
        requireNonNull(tallyKey, "tallyKey is null");
        if (tallyKey.isPresent() && count.isEmpty()) {
            throw new IllegalArgumentException("entry " + id + " names what it counts but counts nothing");
        }
    }

    /** An entry at a fixed address. */
    public static NavEntry of(BackOffice backOffice, String id, int order, String labelKey, String path) {
        requireNonNull(path, "path is null");
        return new NavEntry(backOffice, id, order, labelKey, scope -> path, Optional.empty(), Optional.empty());
    }

    /** An entry whose address depends on the page's scope (the shop). */
    public static NavEntry scoped(BackOffice backOffice, String id, int order, String labelKey, LongFunction<String> path) {
        return new NavEntry(backOffice, id, order, labelKey, path, Optional.empty(), Optional.empty());
    }

    /** The same entry with a number shown beside it. */
    public NavEntry counting(LongUnaryOperator newCount) {
        return new NavEntry(backOffice, id, order, labelKey, path, Optional.of(newCount), tallyKey);
    }

    /** The same entry with a number shown beside it and among the dashboard's figures, said by {@code pluralKey}. */
    public NavEntry tallying(LongUnaryOperator newCount, String pluralKey) {
        requireNonNull(pluralKey, "pluralKey is null");
        return new NavEntry(backOffice, id, order, labelKey, path, Optional.of(newCount), Optional.of(pluralKey));
    }
}
