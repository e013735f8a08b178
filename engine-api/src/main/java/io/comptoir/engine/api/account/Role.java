package io.comptoir.engine.api.account;

/**
 * What an account may do. One account may hold several roles; the scoped ones are bound to one shop or one point of
 * sale through {@link RoleGrant#scope()}.
 */
public enum Role {
    /** Buys on the marketplace: cart, checkout, own orders, wallet. Every registered account has it. */
    SHOPPER(false),
    /** Works for one shop (scope: the merchant id): its orders, products, stock, profile. */
    MERCHANT_STAFF(true),
    /** Sells vouchers at one point of sale, e.g. a tobacconist (scope: the point of sale id, owned by the vouchers plugin). */
    POINT_OF_SALE(true),
    /** Runs training workshops and marks attendance. */
    TRAINER(false),
    /** Runs the marketplace for the territory: shops, accounts, programmes, reports. */
    TERRITORY_ADMIN(false);

    private final boolean scoped;

    Role(boolean scoped) {
        this.scoped = scoped;
    }

    /** Whether a grant of this role names the one shop or point of sale it applies to. */
    public boolean scoped() {
        return scoped;
    }
}
