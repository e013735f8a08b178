package io.comptoir.vouchers.api;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrderId;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An amount of a voucher spent at a shop, or (negative, {@link #refundOf()} set) given back. Every redemption says how
 * much of it was the buyer's money and how much the funders' subsidy, so statements can say who owes what.
 *
 * @param maskedCode the voucher's code with all but its last four symbols hidden
 * @param creditVoucherId for a refund that could not go back to its voucher: the credit voucher it created
 */
public record Redemption(long id, long voucherId, String maskedCode, long programmeId, MerchantId merchant, Money amount,
                         Money buyerPart, Money subsidyPart, RedemptionChannel channel, Optional<Long> refundOf,
                         Optional<MerchantOrderId> merchantOrder, Optional<Long> creditVoucherId, Instant at) {
    public Redemption {
        requireNonNull(maskedCode, "maskedCode is null");
        requireNonNull(merchant, "merchant is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(buyerPart, "buyerPart is null");
        requireNonNull(subsidyPart, "subsidyPart is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(refundOf, "refundOf is null");
        requireNonNull(merchantOrder, "merchantOrder is null");
        requireNonNull(creditVoucherId, "creditVoucherId is null");
        requireNonNull(at, "at is null");
    }

    public boolean isRefund() {
        return refundOf.isPresent();
    }
}
