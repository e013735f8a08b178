package io.comptoir.app.merchant;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.Optional;

/**
 * The bank details page: what is saved (masked) and the form to replace it.
 *
 * @param iban what was typed before a refusal (never the saved IBAN)
 */
public record BankView(BackOfficeFrame frame, Optional<Saved> saved, String holder, String iban, String bic, String action) {

    public record Saved(String holder, String maskedIban, String bic) {
    }
}
