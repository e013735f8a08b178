package io.comptoir.app.account;

import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Page;
import io.comptoir.engine.api.account.Account;

import static java.util.Objects.requireNonNull;

/** The shopper's account page: who they are, and the password change form. */
public record AccountView(Page page, Account account, FormState form) {
    public AccountView {
        requireNonNull(page, "page is null");
        requireNonNull(account, "account is null");
        requireNonNull(form, "form is null");
    }
}
