package io.comptoir.engine.core.order;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.BasketAdjustment;
import io.comptoir.engine.api.order.BasketReview;
import io.comptoir.engine.api.order.CheckoutHook;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.ReservedOrder;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Objects.requireNonNull;

/** The checkout hooks plugins registered, called in registration order inside checkout's transactions. */
@Singleton
public final class CheckoutHooks {
    private static final Logger log = LoggerFactory.getLogger(CheckoutHooks.class);

    private record Registered(String pluginId, CheckoutHook hook) {
    }

    /** A hook's work that may throw anything. */
    @FunctionalInterface
    private interface Call<T> {
        T run(CheckoutHook hook) throws Exception;
    }

    private final List<Registered> hooks = new CopyOnWriteArrayList<>();

    public void register(String pluginId, CheckoutHook hook) {
        hooks.add(new Registered(requireNonNull(pluginId, "pluginId is null"), requireNonNull(hook, "hook is null")));
    }

    boolean isEmpty() {
        return hooks.isEmpty();
    }

    /**
     * Every hook's adjustments, by shop in basket order (shops without any are absent).
     *
     * @throws IllegalStateException when a hook adjusts a shop that is not in the basket, in another currency, or below zero
     */
    Map<MerchantId, List<OrderAdjustment>> review(Handle handle, BasketReview basket, Currency currency) {
        Map<MerchantId, List<OrderAdjustment>> adjustments = new LinkedHashMap<>();
        for (Registered registered : hooks) {
            for (BasketAdjustment adjustment : call(registered, hook -> hook.review(basket, handle.getConnection()))) {
                if (basket.shops().stream().noneMatch(shop -> shop.merchant().equals(adjustment.merchant()))) {
                    throw new IllegalStateException("the checkout hook of plugin " + registered.pluginId() + " adjusts shop "
                            + adjustment.merchant() + ", which is not in the basket");
                }
                if (!adjustment.amount().currency().equals(currency)) {
                    throw new IllegalStateException("the checkout hook of plugin " + registered.pluginId() + " adjusts in "
                            + adjustment.amount().currency() + ", not in the marketplace's " + currency);
                }
                adjustments.computeIfAbsent(adjustment.merchant(), merchant -> new ArrayList<>())
                        .add(new OrderAdjustment(adjustment.label().strip(), adjustment.amount(), registered.pluginId()));
            }
        }
        for (BasketReview.Shop shop : basket.shops()) {
            Money total = shop.total().plus(sum(adjustments.getOrDefault(shop.merchant(), List.of()), currency));
            if (total.minorUnits() < 0) {
                throw new IllegalStateException("checkout hooks take shop " + shop.merchant() + " below zero: " + total);
            }
        }
        return adjustments;
    }

    /** Calls every hook with the order just written; the first refusal is thrown. */
    void reserved(Handle handle, ReservedOrder order) {
        for (Registered registered : hooks) {
            call(registered, hook -> {
                hook.reserved(order, handle.getConnection());
                return null;
            });
        }
    }

    /** Calls every hook with the order being given up; a hook that fails is logged, and the order fails anyway. */
    void paymentFailed(Handle handle, ReservedOrder order) {
        for (Registered registered : hooks) {
            try {
                registered.hook().paymentFailed(order, handle.getConnection());
            }
            catch (Exception e) {
                log.error("The checkout hook of plugin {} failed to undo order {}", registered.pluginId(), order.number(), e);
            }
        }
    }

    static Money sum(List<OrderAdjustment> adjustments, Currency currency) {
        return adjustments.stream().map(OrderAdjustment::amount).reduce(Money.zero(currency), Money::plus);
    }

    private static <T> T call(Registered registered, Call<T> call) {
        try {
            return call.run(registered.hook());
        }
        catch (RuntimeException e) {   // a refusal (ConflictException, InvalidInputException) or a bug: as it is
            throw e;
        }
        catch (Exception e) {
            throw new IllegalStateException("the checkout hook of plugin " + registered.pluginId() + " failed: " + e.getMessage(), e);
        }
    }
}
