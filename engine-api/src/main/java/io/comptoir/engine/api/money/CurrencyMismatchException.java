package io.comptoir.engine.api.money;

import java.util.Currency;

/** Thrown when an operation would combine amounts of two currencies. */
public final class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(Currency left, Currency right) {
        super("cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode());
    }
}
