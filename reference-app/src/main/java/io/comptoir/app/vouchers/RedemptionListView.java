package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

/** The shop's redemptions between two days (the marketplace's time zone), newest first, and their total. */
public record RedemptionListView(BackOfficeFrame frame, String from, String to, List<RedemptionRow> rows, String total, String action,
                                 String counterUrl) {
    public RedemptionListView {
        rows = List.copyOf(rows);
    }
}
