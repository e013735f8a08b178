package io.comptoir.engine.api.order;

/** What someone does to a merchant order. Each is allowed only from some statuses, and only to some people. */
public enum OrderAction {
    /** Not taken by people: the engine places the order once its payment is confirmed. */
    PLACE,
    /** The shop takes the order on: its share of each tender is captured. */
    ACCEPT,
    /** The order is ready at the shop (click &amp; collect). */
    MARK_READY,
    /** The shopper collected it. */
    MARK_COLLECTED,
    /** The shop's delivery round left with it (local delivery). */
    SEND_OUT,
    MARK_DELIVERED,
    /** Before acceptance, by the shop or the shopper: stock returns, the authorisations are released. */
    CANCEL,
    /** After acceptance: money goes back, in full or in part (an amount). */
    REFUND,
    /** The shop took payment at collection for a pay-at-pickup tender. */
    MARK_PAID
}
