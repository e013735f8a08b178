package io.comptoir.engine.api.order;

import io.comptoir.engine.api.merchant.MerchantId;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A page of the territory's order feed ({@link Orders#orderFeed}): every shop's orders, newest first, filtered.
 *
 * @param statuses only these (empty: every status but {@link MerchantOrderStatus#PENDING_PAYMENT}, which shops do not see)
 * @param merchant only this shop's
 * @param from only orders made at or after this instant
 * @param until only orders made before this instant
 * @param after the cursor of the previous page ({@link OrderFeedPage#next()}); empty for the first page
 * @param limit at most this many, 1 to 200
 */
public record OrderFeedQuery(Set<MerchantOrderStatus> statuses, Optional<MerchantId> merchant, Optional<Instant> from,
                             Optional<Instant> until, Optional<String> after, int limit) {
    public static final int MAX_LIMIT = 200;

    public OrderFeedQuery {
        statuses = Set.copyOf(requireNonNull(statuses, "statuses is null"));
        requireNonNull(merchant, "merchant is null");
        requireNonNull(from, "from is null");
        requireNonNull(until, "until is null");
        requireNonNull(after, "after is null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " orders");
        }
    }

    /** The first page of every order, {@code limit} at a time. */
    public static OrderFeedQuery all(int limit) {
        return new OrderFeedQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    /** The same query, for the page after {@code cursor}. */
    public OrderFeedQuery after(String cursor) {
        return new OrderFeedQuery(statuses, merchant, from, until, Optional.of(cursor), limit);
    }
}
