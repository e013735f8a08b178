package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A voucher. The code is a bearer secret: show it only to its holder and to the point of sale that prints it.
 *
 * @param pointOfSaleId where it was sold (or, for stock, which point of sale holds it); empty when sold online
 * @param batchNumber its number within its pre-printed batch
 * @param expiresAt the end of its validity (exclusive), the marketplace's calendar; empty for unsold stock
 */
public record Voucher(long id, VoucherCode code, long programmeId, Optional<Long> denominationId, Money face, Money balance,
                      VoucherStatus status, VoucherOrigin origin, Optional<Long> pointOfSaleId, Optional<Long> saleId,
                      Optional<Long> batchId, Optional<Integer> batchNumber, Optional<AccountId> holderAccount,
                      Optional<String> holderEmail, Optional<Long> replacesVoucherId, Optional<Instant> issuedAt,
                      Optional<Instant> expiresAt) {
    public Voucher {
        requireNonNull(code, "code is null");
        requireNonNull(denominationId, "denominationId is null");
        requireNonNull(face, "face is null");
        requireNonNull(balance, "balance is null");
        requireNonNull(status, "status is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(pointOfSaleId, "pointOfSaleId is null");
        requireNonNull(saleId, "saleId is null");
        requireNonNull(batchId, "batchId is null");
        requireNonNull(batchNumber, "batchNumber is null");
        requireNonNull(holderAccount, "holderAccount is null");
        requireNonNull(holderEmail, "holderEmail is null");
        requireNonNull(replacesVoucherId, "replacesVoucherId is null");
        requireNonNull(issuedAt, "issuedAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }

    /** Whether it can be spent at that instant: active, and before its deadline. */
    public boolean spendableAt(Instant now) {
        return status.spendable() && expiresAt.map(now::isBefore).orElse(false);
    }
}
