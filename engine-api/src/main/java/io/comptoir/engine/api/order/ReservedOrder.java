package io.comptoir.engine.api.order;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** An order as a {@link CheckoutHook} sees it inside the transaction that writes it (or gives it up). */
public record ReservedOrder(CustomerOrderId id, String number, AccountId shopper, Money total, List<Shop> shops) {
    public ReservedOrder {
        requireNonNull(id, "id is null");
        requireNonNull(number, "number is null");
        requireNonNull(shopper, "shopper is null");
        requireNonNull(total, "total is null");
        shops = List.copyOf(requireNonNull(shops, "shops is null"));
    }

    /** One shop's part, with the adjustments the hooks made to it. */
    public record Shop(MerchantOrderId id, MerchantId merchant, String number, Money total, List<OrderAdjustment> adjustments) {
        public Shop {
            requireNonNull(id, "id is null");
            requireNonNull(merchant, "merchant is null");
            requireNonNull(number, "number is null");
            requireNonNull(total, "total is null");
            adjustments = List.copyOf(requireNonNull(adjustments, "adjustments is null"));
        }
    }
}
