package io.comptoir.engine.api.merchant;

import io.comptoir.engine.api.money.Money;

import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A shop's own delivery round.
 *
 * @param fee what the shopper pays for delivery
 * @param communes the INSEE codes of the communes the shop delivers to
 * @param freeFrom delivery is free for orders of at least this amount, if set
 */
public record LocalDelivery(Money fee, Set<String> communes, Optional<Money> freeFrom) {
    public LocalDelivery {
        requireNonNull(fee, "fee is null");
        communes = Set.copyOf(requireNonNull(communes, "communes is null"));
        requireNonNull(freeFrom, "freeFrom is null");
        if (fee.isNegative()) {
            throw new IllegalArgumentException("negative delivery fee");
        }
        if (communes.isEmpty()) {
            throw new IllegalArgumentException("a delivery round serves at least one commune");
        }
    }

    /** The fee for an order of this subtotal. */
    public Money feeFor(Money subtotal) {
        return freeFrom.filter(threshold -> subtotal.compareTo(threshold) >= 0).map(threshold -> Money.zero(fee.currency())).orElse(fee);
    }
}
