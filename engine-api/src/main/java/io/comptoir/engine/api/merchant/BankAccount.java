package io.comptoir.engine.api.merchant;

import static java.util.Objects.requireNonNull;

/**
 * Where a shop is paid what the marketplace owes it (voucher redemptions, online sales).
 *
 * @param holder the account holder's name as the bank knows it
 * @param iban validated with its mod-97 key, stored normalised (no spaces, upper case)
 * @param bic the bank's BIC (8 or 11 characters); may be empty within SEPA
 */
public record BankAccount(String holder, String iban, String bic) {
    public BankAccount {
        requireNonNull(holder, "holder is null");
        requireNonNull(iban, "iban is null");
        requireNonNull(bic, "bic is null");
        iban = Iban.normalise(iban);
        bic = bic.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
