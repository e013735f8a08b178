package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

/** One of the shop's statements. */
public record ShopStatementView(BackOfficeFrame frame, StatementView statement, String backUrl) {
}
