package com.example.loyalty;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EngineEvents.MerchantOrders;
import io.comptoir.engine.api.plugin.PluginContext;

// tag::listener[]
/**
 * Credits points when a shop order is collected or delivered, and gives back the points spent on one that is cancelled.
 * Events come at least once: {@link LoyaltyCards} records each move once per shop order, so a redelivery changes nothing.
 */
final class PointsListener implements DomainEventListener {
    static final String SUBSCRIPTION = "loyalty.points";

    private final PluginContext context;
    private final LoyaltyCards cards;

    PointsListener(PluginContext context, LoyaltyCards cards) {
        this.context = context;
        this.cards = cards;
    }

    @Override
    public boolean accepts(String eventType) {
        return eventType.equals(MerchantOrders.COLLECTED.name()) || eventType.equals(MerchantOrders.DELIVERED.name())
                || eventType.equals(MerchantOrders.CANCELLED.name());
    }

    @Override
    public void onEvent(DomainEvent event) {
        long merchantOrder = Long.parseLong(event.aggregateId());
        if (MerchantOrders.CANCELLED.is(event)) {
            context.inTransaction(transaction -> {
                cards.restore(transaction, merchantOrder);
                return null;
            });
            return;
        }
        long shopper = event.longValue(MerchantOrders.SHOPPER_ID);
        long shop = event.longValue(MerchantOrders.MERCHANT_ID);
        int points = (int) (event.money(MerchantOrders.TOTAL).minorUnits() / 100);   // one point per whole euro
        if (points > 0) {
            context.inTransaction(transaction -> cards.earn(transaction, shopper, shop, merchantOrder, points));
        }
    }
}
// end::listener[]
