package io.comptoir.engine.api.account;

/** Identifies an account: a person who signs in (shopper, shop staff, point-of-sale operator, trainer, admin). */
public record AccountId(long value) {
    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("account id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
