package io.comptoir.app.vouchers;

import java.util.List;

/** What the audit of the vouchers ledger found. */
public record AuditView(VoucherFrame vf, boolean ok, long transactions, long entries, long vouchers, List<String> problems) {
    public AuditView {
        problems = List.copyOf(problems);
    }
}
