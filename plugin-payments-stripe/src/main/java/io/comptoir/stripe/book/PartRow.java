package io.comptoir.stripe.book;

import java.time.Instant;

/** One shop's share of a card tender (see the migration). {@code merchantOrderId} is known once the shop decided. */
public record PartRow(long paymentId, long merchantId, Long merchantOrderId, long amount, String decision, long reduced, long captured,
                      long refunded, boolean fulfilled, long transferred, long commission, String transferError, int transferRefusals,
                      Instant updatedAt) {
    public static final String PENDING = "PENDING";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String RELEASED = "RELEASED";

    public boolean is(String wanted) {
        return decision.equals(wanted);
    }

    /** What the capture takes for this part: its amount less what was refunded before the capture (nothing unless accepted). */
    public long toCapture() {
        return is(ACCEPTED) ? amount - reduced : 0;
    }

    /** What the shop keeps of what was captured for it. */
    public long net() {
        return captured - refunded;
    }

    /** What the engine may still refund of it: accepted, less refunds before and after the capture. */
    public long refundable() {
        return is(ACCEPTED) ? amount - reduced - refunded : 0;
    }
}
