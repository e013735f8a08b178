package io.comptoir.app.merchant;

import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.vouchers.StatementView;

/** One of the shop's statements. */
public record ShopStatementView(BackOfficeFrame frame, StatementView statement, String backUrl) {
}
