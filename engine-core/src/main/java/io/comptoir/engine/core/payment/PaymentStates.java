package io.comptoir.engine.core.payment;

import io.comptoir.engine.api.payment.PaymentStatus;

/** Derives a tender's {@link PaymentStatus} from its base state and its amounts. */
public final class PaymentStates {
    private PaymentStates() {
    }

    public static PaymentStatus of(String baseState, long amount, long captured, long released, long refunded) {
        switch (baseState) {
            case "PENDING":
                return PaymentStatus.PENDING;
            case "FAILED":
                return PaymentStatus.FAILED;
            case "AUTHORISED":
                break;
            default:
                throw new IllegalStateException("unknown payment state " + baseState);
        }
        if (refunded > 0) {
            return refunded == captured && captured + released == amount ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        }
        if (captured > 0) {
            return captured + released == amount ? PaymentStatus.CAPTURED : PaymentStatus.AUTHORISED;
        }
        return released == amount ? PaymentStatus.VOIDED : PaymentStatus.AUTHORISED;
    }
}
