package io.comptoir.engine.api.cart;

import io.comptoir.engine.api.account.AccountId;

import static java.util.Objects.requireNonNull;

/** Whose cart: a guest's (known by the token in their cookie) or a signed-in shopper's. */
public sealed interface CartOwner {

    /** A visitor who has not signed in; the token is a random secret kept in a cookie. */
    record Guest(String token) implements CartOwner {
        public Guest {
            requireNonNull(token, "token is null");
            if (token.length() < 16 || token.length() > 100) {
                throw new IllegalArgumentException("a guest cart token has 16 to 100 characters");
            }
        }
    }

    record Shopper(AccountId account) implements CartOwner {
        public Shopper {
            requireNonNull(account, "account is null");
        }
    }

    static CartOwner guest(String token) {
        return new Guest(token);
    }

    static CartOwner shopper(AccountId account) {
        return new Shopper(account);
    }
}
