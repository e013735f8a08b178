package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.Optional;

/** The counter: the code field, and the voucher found with its redemption form. */
public record CounterView(BackOfficeFrame frame, String code, Optional<VoucherCardView> card, String counterUrl, String checkUrl, String redeemUrl,
                          String redemptionsUrl, String statementsUrl) {
}
