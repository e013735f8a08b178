package io.comptoir.app.vouchers;

import java.util.List;

/** The funders, and the form for a new one. */
public record FunderListView(VoucherFrame vf, List<Row> rows, String code, String name, String action) {
    public FunderListView {
        rows = List.copyOf(rows);
    }

    public record Row(String code, String name) {
    }
}
