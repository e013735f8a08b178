package io.comptoir.app.vouchers;


/** A statement for the admin, with the form to record its payment while unpaid. */
public record AdminStatementView(VoucherFrame vf, StatementView statement, boolean payable, String reference, String payUrl,
                                 String backUrl) {
}
