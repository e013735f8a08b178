package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/** The territory's voucher programmes. */
public record ProgrammeListView(VoucherFrame vf, List<Row> rows, String newUrl) {
    public ProgrammeListView {
        rows = List.copyOf(rows);
    }

    public record Row(String name, String url, String denominations, String saleWindow, Badge onSale, BudgetGauge budget) {
    }
}
