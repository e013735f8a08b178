package io.comptoir.engine.api.payment;

import static java.util.Objects.requireNonNull;

/**
 * Why a way to pay cannot pay a shop, whatever the shopper's details: the shop refused it ({@link #REFUSED_BY_SHOP}), or
 * its provider declines the shop ({@link PaymentProvider#refusal}), e.g. a voucher provider for a shop in none of its
 * programmes, a card processor for a shop whose account cannot receive money yet.
 *
 * @param code stable, lower case with underscores, e.g. {@code not_in_voucher_programme}: what an application translates
 * @param reason a sentence for people, in the marketplace's language, for applications without a text of their own for the code
 */
public record PaymentRefusal(String code, String reason) {
    /** The code of a shop's own choice: its staff do not accept this way to pay. */
    public static final String REFUSED_BY_SHOP = "refused_by_shop";
    /** The code the default {@link PaymentProvider#refusal} gives when a provider says no without saying why. */
    public static final String CANNOT_PAY_SHOP = "cannot_pay_shop";

    public PaymentRefusal {
        requireNonNull(code, "code is null");
        requireNonNull(reason, "reason is null");
        if (!code.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new IllegalArgumentException("a refusal code is lower case letters, digits and underscores: " + code);
        }
    }
}
