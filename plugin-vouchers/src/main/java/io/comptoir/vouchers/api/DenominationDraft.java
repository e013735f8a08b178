package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/** A denomination as an admin writes it: face value and price; the top-up is the difference. */
public record DenominationDraft(Money face, Money price) {
    public DenominationDraft {
        requireNonNull(face, "face is null");
        requireNonNull(price, "price is null");
    }

    public Money topUp() {
        return face.minus(price);
    }
}
