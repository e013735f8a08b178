package io.comptoir.vouchers.api;

import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Which vouchers to list ({@link Vouchers#search}), newest first.
 *
 * @param programme only this programme's
 * @param statuses only these (empty: all)
 * @param code a whole code, or its last four characters as receipts and labels show them
 * @param holderEmail only vouchers whose holder's e-mail contains this text (case-insensitive)
 * @param pointOfSale only vouchers sold at this point of sale
 * @param after the cursor of the previous page ({@link VoucherPage#next()})
 * @param limit at most this many, 1 to 200
 */
public record VoucherQuery(Optional<Long> programme, Set<VoucherStatus> statuses, Optional<String> code, Optional<String> holderEmail,
                           Optional<Long> pointOfSale, Optional<String> after, int limit) {
    public static final int MAX_LIMIT = 200;

    public VoucherQuery {
        requireNonNull(programme, "programme is null");
        statuses = Set.copyOf(requireNonNull(statuses, "statuses is null"));
        requireNonNull(code, "code is null");
        requireNonNull(holderEmail, "holderEmail is null");
        requireNonNull(pointOfSale, "pointOfSale is null");
        requireNonNull(after, "after is null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " vouchers");
        }
    }

    public static VoucherQuery all(int limit) {
        return new VoucherQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}
