package io.comptoir.vouchers.api;

/**
 * A funder's share of a programme's subsidy, as a weight (e.g. its population): the top-up of every voucher and the
 * budget are split between funders in proportion to their weights, to the cent, with {@code Money.allocate}.
 */
public record FunderShare(long funderId, long weight) {
    public FunderShare {
        if (funderId <= 0) {
            throw new IllegalArgumentException("funder id must be positive");
        }
        if (weight <= 0) {
            throw new IllegalArgumentException("a funder's weight is positive");
        }
    }
}
