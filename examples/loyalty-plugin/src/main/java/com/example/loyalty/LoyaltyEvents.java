package com.example.loyalty;

import io.comptoir.engine.api.event.EventField;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.event.FieldType;

import java.util.List;

/** The events the plugin publishes, declared to the engine's catalogue ({@link LoyaltyPlugin#publishedEvents()}). */
public final class LoyaltyEvents {
    public static final String SHOPPER_ID = "shopperId";
    public static final String MERCHANT_ID = "merchantId";
    public static final String POINTS = "points";

    // tag::event-type[]
    public static final EventType POINTS_EARNED = EventType.of("loyalty.points_earned", "merchant_order",
            "a shop order was collected or delivered: its shopper earned points on the shop's card",
            EventField.required(SHOPPER_ID, FieldType.ID, "the shopper (account id)"),
            EventField.required(MERCHANT_ID, FieldType.ID, "the shop"),
            EventField.required(POINTS, FieldType.INTEGER, "points credited"));
    // end::event-type[]

    public static final EventType POINTS_SPENT = EventType.of("loyalty.points_spent", "merchant_order",
            "points were spent for a discount on a shop order, in the checkout's transaction",
            EventField.required(SHOPPER_ID, FieldType.ID, "the shopper (account id)"),
            EventField.required(MERCHANT_ID, FieldType.ID, "the shop"),
            EventField.required(POINTS, FieldType.INTEGER, "points taken from the card"));

    public static final EventType POINTS_RESTORED = EventType.of("loyalty.points_restored", "merchant_order",
            "points spent on a shop order went back to the card: the order's payment failed or the order was cancelled",
            EventField.required(SHOPPER_ID, FieldType.ID, "the shopper (account id)"),
            EventField.required(MERCHANT_ID, FieldType.ID, "the shop"),
            EventField.required(POINTS, FieldType.INTEGER, "points given back"));

    public static final List<EventType> ALL = List.of(POINTS_EARNED, POINTS_SPENT, POINTS_RESTORED);

    private LoyaltyEvents() {
    }
}
