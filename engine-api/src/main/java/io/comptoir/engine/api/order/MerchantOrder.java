package io.comptoir.engine.api.order;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The part of a shopper's order that one shop fulfils, with the share of each tender it received.
 *
 * @param number for people: the customer order's number and the shop's position, e.g. {@code C-000123-2}
 * @param adjustments the discounts and surcharges plugins' {@link CheckoutHook}s made at checkout, in order
 * @param total subtotal plus delivery fee plus adjustments; equals the sum of the tender shares' amounts
 * @param refunded how much has been refunded so far
 */
public record MerchantOrder(MerchantOrderId id, CustomerOrderId customerOrderId, String number, MerchantId merchantId,
                            String merchantName, AccountId shopper, String shopperName, String shopperEmail,
                            MerchantOrderStatus status, FulfilmentChoice fulfilment, List<OrderLine> lines,
                            Money subtotal, Money deliveryFee, List<OrderAdjustment> adjustments, Money total, Money refunded,
                            List<TenderShare> tenders,
                            List<StatusChange> history, Instant createdAt) {
    public MerchantOrder {
        requireNonNull(id, "id is null");
        requireNonNull(customerOrderId, "customerOrderId is null");
        requireNonNull(number, "number is null");
        requireNonNull(merchantId, "merchantId is null");
        requireNonNull(merchantName, "merchantName is null");
        requireNonNull(shopper, "shopper is null");
        requireNonNull(shopperName, "shopperName is null");
        requireNonNull(shopperEmail, "shopperEmail is null");
        requireNonNull(status, "status is null");
        requireNonNull(fulfilment, "fulfilment is null");
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        requireNonNull(subtotal, "subtotal is null");
        requireNonNull(deliveryFee, "deliveryFee is null");
        adjustments = List.copyOf(requireNonNull(adjustments, "adjustments is null"));
        requireNonNull(total, "total is null");
        requireNonNull(refunded, "refunded is null");
        tenders = List.copyOf(requireNonNull(tenders, "tenders is null"));
        history = List.copyOf(requireNonNull(history, "history is null"));
        requireNonNull(createdAt, "createdAt is null");
    }

    /** Captured and not yet refunded, over all tenders. */
    public Money refundable() {
        return tenders.stream().map(TenderShare::refundable).reduce(Money.zero(total.currency()), Money::plus);
    }
}
