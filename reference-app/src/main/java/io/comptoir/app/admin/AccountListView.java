package io.comptoir.app.admin;

import io.comptoir.app.web.Pager;
import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

/** Accounts, filtered by role and e-mail. */
public record AccountListView(BackOfficeFrame frame, List<Choice> roles, String query, int total, List<Row> rows, Pager pager,
                              boolean filtered) {
    public AccountListView {
        roles = List.copyOf(roles);
        rows = List.copyOf(rows);
    }

    public record Choice(String value, String label, boolean selected) {
    }

    public record Row(String email, String url, String name, List<String> roles, boolean active, String createdAt) {
        public Row {
            roles = List.copyOf(roles);
        }
    }
}
