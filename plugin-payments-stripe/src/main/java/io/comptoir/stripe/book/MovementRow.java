package io.comptoir.stripe.book;

import io.comptoir.stripe.api.MovementKind;

import java.time.Instant;

/**
 * A movement of money at Stripe for one shop (see the migration and {@link MovementKind}).
 *
 * @param stripeId Stripe's id of what moved the money: the charge (ch_) of a capture, the refund (re_), the transfer (tr_),
 *                 the reversal (trr_); for a reduction, the PaymentIntent whose hold was reduced
 * @param transferId for a reversal, the transfer it takes back from
 */
public record MovementRow(long id, String operationKey, long paymentId, long merchantId, String kind, long amount, long commission,
                          String stripeId, String transferId, Instant at) {
    public MovementKind movementKind() {
        return MovementKind.valueOf(kind);
    }
}
