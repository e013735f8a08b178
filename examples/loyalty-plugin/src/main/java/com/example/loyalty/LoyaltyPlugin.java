package com.example.loyalty;

import io.comptoir.engine.api.EngineApi;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;

import java.util.List;
import java.util.Optional;

// tag::plugin[]
/**
 * Loyalty cards: a shopper earns points at a shop on every order collected there (or delivered by it) and spends them
 * at that shop's checkout. Found by {@link java.util.ServiceLoader}: listed in
 * {@code META-INF/services/io.comptoir.engine.api.plugin.EnginePlugin}.
 */
public final class LoyaltyPlugin implements EnginePlugin {
    public static final String ID = "loyalty";

    @Override
    public String id() {
        return ID;                                          // names the history table flyway_history_loyalty and the loyalty.* properties
    }

    @Override
    public Optional<String> engineApiVersions() {
        return Optional.of(EngineApi.compatibleWith(EngineApi.VERSION));   // [1.0,2.0) when built against engine API 1.0
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("classpath:com/example/loyalty/db");            // V1__loyalty_cards.sql
    }

    @Override
    public List<EventType> publishedEvents() {
        return LoyaltyEvents.ALL;
    }

    @Override
    public void initialize(PluginContext context) {
        int pointsPerReward = Integer.parseInt(context.property("points-per-reward").orElse("100"));
        Money reward = Money.euros(Long.parseLong(context.property("reward-cents").orElse("500")));
        LoyaltyCards cards = new LoyaltyCards(context.dataSource(), context.clock(), context.events());

        context.registerService(LoyaltyPoints.class, cards);
        context.registerEventListener(PointsListener.SUBSCRIPTION, new PointsListener(context, cards));
        context.registerCheckoutHook(new RewardsHook(cards, pointsPerReward, reward));
    }
}
// end::plugin[]
