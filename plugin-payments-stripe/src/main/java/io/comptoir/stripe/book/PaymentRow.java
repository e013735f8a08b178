package io.comptoir.stripe.book;

import java.time.Instant;

/**
 * A card tender as the plugin keeps it (see the migration). Nullable: {@code paymentIntentId}, {@code chargeId} (until the
 * shopper paid), {@code stripeFee}, {@code captureBefore}, {@code declineMessage}.
 */
public record PaymentRow(long paymentId, long customerOrderId, String orderNumber, String sessionId, String sessionUrl,
                         String paymentIntentId, String chargeId, String state, long amount, String currency, long captured,
                         Long stripeFee, int commissionBp, Instant captureBefore, String declineMessage, Instant createdAt,
                         Instant updatedAt) {
    public static final String OPEN = "OPEN";
    public static final String AUTHORISED = "AUTHORISED";
    public static final String CAPTURED = "CAPTURED";
    public static final String CANCELLED = "CANCELLED";
    public static final String EXPIRED = "EXPIRED";

    public Commission commission() {
        return new Commission(commissionBp);
    }

    public boolean is(String wanted) {
        return state.equals(wanted);
    }
}
