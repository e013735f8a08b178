package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.engine.api.account.Account;

import java.util.List;

/**
 * One account with its roles and the forms to change them.
 *
 * @param self whether it is the admin's own account (its admin role and the account itself stay)
 */
public record AccountView(BackOfficeFrame frame, Account account, String createdAt, List<Grant> grants, List<Choice> roles,
                          List<Choice> shops, List<ScopeField> scopes, String url, boolean self, boolean erased) {
    public AccountView {
        grants = List.copyOf(grants);
        roles = List.copyOf(roles);
        shops = List.copyOf(shops);
        scopes = List.copyOf(scopes);
    }

    /** The field of the scope of a feature's scoped role (the point of sale of an operator), with what was typed. */
    public record ScopeField(String id, String name, String label, String hint, String value) {
    }

    /** @param revocable false for the shopper role every account keeps */
    public record Grant(String label, String role, String scope, boolean revocable) {
    }

    public record Choice(String value, String label, boolean selected) {
    }
}
