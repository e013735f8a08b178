package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

/** The receipt of a redemption at the counter, to show or print for the customer. */
public record ReceiptView(BackOfficeFrame frame, RedemptionRow redemption, String shop, String balanceNow, String deadline,
                          String counterUrl, String redemptionsUrl) {
}
