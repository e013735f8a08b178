package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * How much one buyer may buy: at most so many vouchers in one sale, and over the whole programme at most so many
 * vouchers or so much face value per buyer. A buyer is known by whatever the sale gives (e-mail, phone, marketplace
 * account); each is counted on its own, so giving a second e-mail does not lift the limit of a phone number. A sale
 * that names no buyer is held only to the per-sale limit.
 */
public record BuyerLimit(OptionalInt vouchersPerSale, OptionalInt vouchersPerBuyer, Optional<Money> amountPerBuyer) {
    public static final BuyerLimit NONE = new BuyerLimit(OptionalInt.empty(), OptionalInt.empty(), Optional.empty());

    public BuyerLimit {
        requireNonNull(vouchersPerSale, "vouchersPerSale is null");
        requireNonNull(vouchersPerBuyer, "vouchersPerBuyer is null");
        requireNonNull(amountPerBuyer, "amountPerBuyer is null");
        if (vouchersPerSale.isPresent() && vouchersPerSale.getAsInt() < 1 || vouchersPerBuyer.isPresent() && vouchersPerBuyer.getAsInt() < 1
                || amountPerBuyer.isPresent() && !amountPerBuyer.get().isPositive()) {
            throw new IllegalArgumentException("limits are positive");
        }
    }

    public boolean limitsBuyers() {
        return vouchersPerBuyer.isPresent() || amountPerBuyer.isPresent();
    }
}
