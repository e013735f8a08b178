package io.comptoir.engine.core.plugin.loyalty;

/** The service the test plugin contributes: stamps on a shop's loyalty card. */
public interface LoyaltyCards {
    void stamp(long merchantId, String shopper);

    int stamps(long merchantId, String shopper);

    /** Event types the plugin's listener has seen, in delivery order. */
    java.util.List<String> seenEvents();
}
