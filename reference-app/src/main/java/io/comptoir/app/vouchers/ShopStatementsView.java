package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

/** The shop's statements, newest period first. */
public record ShopStatementsView(BackOfficeFrame frame, List<StatementRow> rows, String counterUrl) {
    public ShopStatementsView {
        rows = List.copyOf(rows);
    }
}
