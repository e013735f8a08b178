package io.comptoir.stripe.transfer;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Pays a shop its card share when its order ends: collected, delivered, or ended by a refund (then what was not refunded
 * is the shop's). Idempotent: a redelivered event finds the shop already paid.
 */
public final class FulfilmentListener implements DomainEventListener {
    public static final String SUBSCRIPTION = "stripe.transfers";
    private static final Set<String> ENDINGS = Set.of("merchant_order.collected", "merchant_order.delivered", "merchant_order.refunded");

    private final Transfers transfers;

    public FulfilmentListener(Transfers transfers) {
        this.transfers = requireNonNull(transfers, "transfers is null");
    }

    @Override
    public boolean accepts(String eventType) {
        return ENDINGS.contains(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) {
        long merchantId = Long.parseLong(event.get("merchantId").orElseThrow());
        long customerOrderId = Long.parseLong(event.get("customerOrderId").orElseThrow());
        transfers.fulfilled(customerOrderId, merchantId, Long.parseLong(event.aggregateId()));
    }
}
