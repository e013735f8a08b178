package io.comptoir.engine.api.order;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.Payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A shopper's order over the whole basket: one {@link MerchantOrder} per shop, paid by the {@link Payment}s of its
 * tenders. The merchant orders' totals sum to {@link #total()}, and so do the payments' amounts.
 *
 * @param number for people, e.g. {@code C-000123}
 * @param failureReason why the payment failed, when it did
 */
public record CustomerOrder(CustomerOrderId id, String number, AccountId shopper, CustomerOrderStatus status, Money total,
                            List<MerchantOrder> merchantOrders, List<Payment> payments, Optional<String> failureReason,
                            Instant createdAt) {
    public CustomerOrder {
        requireNonNull(id, "id is null");
        requireNonNull(number, "number is null");
        requireNonNull(shopper, "shopper is null");
        requireNonNull(status, "status is null");
        requireNonNull(total, "total is null");
        merchantOrders = List.copyOf(requireNonNull(merchantOrders, "merchantOrders is null"));
        payments = List.copyOf(requireNonNull(payments, "payments is null"));
        requireNonNull(failureReason, "failureReason is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}
