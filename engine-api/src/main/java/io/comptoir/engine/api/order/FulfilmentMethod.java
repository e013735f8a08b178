package io.comptoir.engine.api.order;

/** How one shop's part of an order reaches the shopper. */
public enum FulfilmentMethod {
    /** The shopper collects it at the shop, during its opening hours. */
    CLICK_AND_COLLECT,
    /** The shop delivers it in its own round, for its fee. */
    LOCAL_DELIVERY
}
