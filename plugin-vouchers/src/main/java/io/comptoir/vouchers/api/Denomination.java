package io.comptoir.vouchers.api;

import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.money.Money;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One kind of voucher a programme sells: its face value (what it spends), its price (what the buyer pays) and the
 * top-up between them (paid by the funders): 12 € sold 10 € with a 2 € top-up.
 *
 * @param onlineVariant the marketplace variant that sells it online, once published in the voucher shop
 */
public record Denomination(long id, Money face, Money price, Money topUp, Optional<VariantId> onlineVariant) {
    public Denomination {
        requireNonNull(face, "face is null");
        requireNonNull(price, "price is null");
        requireNonNull(topUp, "topUp is null");
        requireNonNull(onlineVariant, "onlineVariant is null");
        if (!price.plus(topUp).equals(face)) {
            throw new IllegalArgumentException("face = price + top-up");
        }
    }

    /** Whether the funders pay part of it. */
    public boolean boosted() {
        return topUp.isPositive();
    }
}
