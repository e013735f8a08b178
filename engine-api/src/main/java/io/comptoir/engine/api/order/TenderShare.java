package io.comptoir.engine.api.order;

import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.PaymentId;

import static java.util.Objects.requireNonNull;

/**
 * How much of one tender went to one merchant order, and what became of it: captured when the shop accepted, released
 * when it was cancelled, refunded later. {@code captured + released <= amount} and {@code refunded <= captured}.
 */
public record TenderShare(PaymentId payment, String provider, int position, Money amount, Money captured, Money released, Money refunded) {
    public TenderShare {
        requireNonNull(payment, "payment is null");
        requireNonNull(provider, "provider is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(captured, "captured is null");
        requireNonNull(released, "released is null");
        requireNonNull(refunded, "refunded is null");
    }

    /** What may still be refunded of this share. */
    public Money refundable() {
        return captured.minus(refunded);
    }
}
