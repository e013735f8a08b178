package io.comptoir.engine.api.order;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The shopper's choice for one shop: collect, or delivery to an address. */
public record FulfilmentChoice(FulfilmentMethod method, Optional<DeliveryAddress> address) {
    public FulfilmentChoice {
        requireNonNull(method, "method is null");
        requireNonNull(address, "address is null");
        if ((method == FulfilmentMethod.LOCAL_DELIVERY) != address.isPresent()) {
            throw new IllegalArgumentException("a delivery needs an address, a collection none");
        }
    }

    public static FulfilmentChoice collect() {
        return new FulfilmentChoice(FulfilmentMethod.CLICK_AND_COLLECT, Optional.empty());
    }

    public static FulfilmentChoice deliverTo(DeliveryAddress address) {
        return new FulfilmentChoice(FulfilmentMethod.LOCAL_DELIVERY, Optional.of(address));
    }
}
