package io.comptoir.app.merchant;

import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.vouchers.RedemptionRow;

/** The receipt of a redemption at the counter, to show or print for the customer. */
public record ReceiptView(BackOfficeFrame frame, RedemptionRow redemption, String shop, String balanceNow, String deadline,
                          String counterUrl, String redemptionsUrl) {
}
