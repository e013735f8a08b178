package io.comptoir.app.merchant;

import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.vouchers.RedemptionRow;

import java.util.List;

/** The shop's redemptions between two days (Paris), newest first, and their total. */
public record RedemptionListView(BackOfficeFrame frame, String from, String to, List<RedemptionRow> rows, String total, String action,
                                 String counterUrl) {
    public RedemptionListView {
        rows = List.copyOf(rows);
    }
}
