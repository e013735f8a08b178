package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.Role;

/** The role the vouchers plugin adds to the engine's. */
public final class VoucherRoles {
    /** Sells vouchers at one point of sale, e.g. a tobacconist (scope: the point of sale's id). */
    public static final Role POINT_OF_SALE = new Role("POINT_OF_SALE", true);

    private VoucherRoles() {
    }
}
