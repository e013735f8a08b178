package io.comptoir.app.vouchers;

import java.util.List;

/** A programme's statements, filtered by kind, and the form to issue a period's. */
public record StatementListView(VoucherFrame vf, String programme, List<StatementRow> rows, List<ProgrammeFormView.Option> kinds,
                                String periodStart, String action, String programmeUrl) {
    public StatementListView {
        rows = List.copyOf(rows);
    }
}
