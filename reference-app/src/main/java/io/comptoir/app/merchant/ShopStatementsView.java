package io.comptoir.app.merchant;

import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.vouchers.StatementRow;

import java.util.List;

/** The shop's statements, newest period first. */
public record ShopStatementsView(BackOfficeFrame frame, List<StatementRow> rows, String counterUrl) {
    public ShopStatementsView {
        rows = List.copyOf(rows);
    }
}
