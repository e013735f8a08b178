package com.example.loyalty;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.BasketAdjustment;
import io.comptoir.engine.api.order.BasketReview;
import io.comptoir.engine.api.order.CheckoutHook;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.ReservedOrder;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

// tag::checkout-hook[]
/**
 * Spends points at checkout, inside the checkout's transaction: {@link #review} turns each full reward's worth of points
 * on the shopper's card at a shop into a discount on that shop's part; {@link #reserved} takes the points off the card
 * with the order (or refuses the checkout if they were spent meanwhile); {@link #paymentFailed} gives them back.
 */
final class RewardsHook implements CheckoutHook {
    static final String LABEL = "Carte de fidélité";

    private final LoyaltyCards cards;
    private final int pointsPerReward;
    private final Money reward;

    RewardsHook(LoyaltyCards cards, int pointsPerReward, Money reward) {
        this.cards = cards;
        this.pointsPerReward = pointsPerReward;
        this.reward = reward;
    }

    @Override
    public List<BasketAdjustment> review(BasketReview basket, Connection transaction) throws Exception {
        List<BasketAdjustment> discounts = new ArrayList<>();
        for (BasketReview.Shop shop : basket.shops()) {
            int points = cards.balance(transaction, basket.shopper().value(), shop.merchant().value());
            long rewards = Math.min(points / pointsPerReward, shop.subtotal().minorUnits() / reward.minorUnits());
            if (rewards > 0) {
                discounts.add(new BasketAdjustment(shop.merchant(), label(rewards * pointsPerReward), reward.times(rewards).negate()));
            }
        }
        return discounts;
    }

    @Override
    public void reserved(ReservedOrder order, Connection transaction) throws Exception {
        for (ReservedOrder.Shop shop : order.shops()) {
            for (OrderAdjustment adjustment : shop.adjustments()) {
                if (adjustment.source().equals(LoyaltyPlugin.ID)) {
                    int points = (int) (-adjustment.amount().minorUnits() / reward.minorUnits() * pointsPerReward);
                    if (!cards.spend(transaction, order.shopper().value(), shop.merchant().value(), shop.id().value(), points)) {
                        throw new ConflictException("loyalty_points_spent", "these loyalty points were just spent: check the basket again");
                    }
                }
            }
        }
    }

    @Override
    public void paymentFailed(ReservedOrder order, Connection transaction) throws Exception {
        for (ReservedOrder.Shop shop : order.shops()) {
            cards.restore(transaction, shop.id().value());
        }
    }

    private static String label(long points) {
        return LABEL + " : " + points + " points";
    }
}
// end::checkout-hook[]
