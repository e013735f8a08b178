package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrderId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A sale of vouchers of one denomination.
 *
 * @param amountPaid what the buyer paid (price times quantity)
 * @param subsidy the funders' top-up committed for it
 */
public record Sale(long id, long programmeId, long denominationId, int quantity, SaleChannel channel, Optional<Long> pointOfSaleId,
                   Optional<AccountId> operator, Optional<MerchantOrderId> merchantOrder, Money unitFace, Money unitPrice,
                   Money amountPaid, Money subsidy, SaleStatus status, Instant soldAt, Optional<Instant> cancelledAt,
                   Optional<String> cancelReason, List<Voucher> vouchers) {
    public Sale {
        requireNonNull(channel, "channel is null");
        requireNonNull(pointOfSaleId, "pointOfSaleId is null");
        requireNonNull(operator, "operator is null");
        requireNonNull(merchantOrder, "merchantOrder is null");
        requireNonNull(unitFace, "unitFace is null");
        requireNonNull(unitPrice, "unitPrice is null");
        requireNonNull(amountPaid, "amountPaid is null");
        requireNonNull(subsidy, "subsidy is null");
        requireNonNull(status, "status is null");
        requireNonNull(soldAt, "soldAt is null");
        requireNonNull(cancelledAt, "cancelledAt is null");
        requireNonNull(cancelReason, "cancelReason is null");
        vouchers = List.copyOf(requireNonNull(vouchers, "vouchers is null"));
    }
}
