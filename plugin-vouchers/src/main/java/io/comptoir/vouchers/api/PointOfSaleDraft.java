package io.comptoir.vouchers.api;

import io.comptoir.engine.api.merchant.Address;

import static java.util.Objects.requireNonNull;

/** A point of sale as an admin writes it. */
public record PointOfSaleDraft(String name, Address address, String phone, boolean active) {
    public PointOfSaleDraft {
        requireNonNull(name, "name is null");
        requireNonNull(address, "address is null");
        requireNonNull(phone, "phone is null");
    }
}
