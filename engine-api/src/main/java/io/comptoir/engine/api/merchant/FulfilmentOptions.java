package io.comptoir.engine.api.merchant;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a shop hands over what it sells: click &amp; collect at the shop (during its opening hours) and/or its own local
 * delivery. A shop offers at least one.
 */
public record FulfilmentOptions(boolean clickAndCollect, Optional<LocalDelivery> delivery) {
    public static final FulfilmentOptions CLICK_AND_COLLECT_ONLY = new FulfilmentOptions(true, Optional.empty());

    public FulfilmentOptions {
        requireNonNull(delivery, "delivery is null");
        if (!clickAndCollect && delivery.isEmpty()) {
            throw new IllegalArgumentException("a shop offers click & collect, delivery, or both");
        }
    }
}
