package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.TransactionKind;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * One step of a voucher's history, from its ledger: a sale, a redemption, an online hold and its capture or release, a
 * refund, an expiry, a reissue.
 *
 * @param balanceChange what the step did to what the holder can spend (negative when spent or held)
 * @param heldChange what it did to what online orders hold on the voucher (a hold, then its capture or release)
 * @param balanceAfter what the holder could spend after the step
 * @param reference what the step was, e.g. "redemption at merchant 12", "hold for order C-000123"
 * @param actor who made it ({@code account:12}, {@code system:checkout}...)
 */
public record VoucherMovement(long transactionId, TransactionKind kind, String reference, Money balanceChange, Money heldChange,
                              Money balanceAfter, String actor, Instant at) {
    public VoucherMovement {
        requireNonNull(kind, "kind is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(balanceChange, "balanceChange is null");
        requireNonNull(heldChange, "heldChange is null");
        requireNonNull(balanceAfter, "balanceAfter is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(at, "at is null");
    }
}
