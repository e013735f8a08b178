package com.example.loyalty;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;

/**
 * The plugin's service, found with {@code engine.service(LoyaltyPoints.class)}: the points a shopper holds on a shop's
 * loyalty card. A shopper earns one point per euro of each order collected at (or delivered by) the shop, and spends
 * them at checkout: every {@code loyalty.points-per-reward} points (100) take {@code loyalty.reward-cents} (5 €) off the
 * shop's part of the basket.
 */
public interface LoyaltyPoints {

    /** The points on the shopper's card at that shop (0 without a card). */
    int balance(AccountId shopper, MerchantId shop);
}
