package io.comptoir.vouchers.api;

import io.comptoir.engine.api.merchant.Address;

import static java.util.Objects.requireNonNull;

/**
 * A place that sells vouchers over the counter, e.g. a tobacconist. Its operators are marketplace accounts holding the
 * {@link io.comptoir.engine.api.account.Role#POINT_OF_SALE} role scoped to its id.
 */
public record PointOfSale(long id, String name, Address address, String phone, boolean active) {
    public PointOfSale {
        requireNonNull(name, "name is null");
        requireNonNull(address, "address is null");
        requireNonNull(phone, "phone is null");
    }
}
