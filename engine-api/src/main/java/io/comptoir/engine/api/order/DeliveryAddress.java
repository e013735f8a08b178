package io.comptoir.engine.api.order;

import static java.util.Objects.requireNonNull;

/** Where a shop delivers. */
public record DeliveryAddress(String recipient, String street, String postalCode, String communeInsee, String phone, String instructions) {
    public DeliveryAddress {
        requireNonNull(recipient, "recipient is null");
        requireNonNull(street, "street is null");
        requireNonNull(postalCode, "postalCode is null");
        requireNonNull(communeInsee, "communeInsee is null");
        requireNonNull(phone, "phone is null");
        requireNonNull(instructions, "instructions is null");
    }
}
