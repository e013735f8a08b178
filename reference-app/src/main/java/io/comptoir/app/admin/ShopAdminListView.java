package io.comptoir.app.admin;

import io.comptoir.app.web.Pager;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/**
 * The territory's shops, filtered.
 *
 * @param back this very address, where the row's forms come back to
 */
public record ShopAdminListView(BackOfficeFrame frame, List<Choice> statuses, String query, int total, List<Row> rows, Pager pager,
                                String back, boolean filtered) {
    public ShopAdminListView {
        statuses = List.copyOf(statuses);
        rows = List.copyOf(rows);
    }

    public record Choice(String value, String label, boolean selected) {
    }

    /** @param live whether it is live: only a live shop can be featured */
    public record Row(String name, String url, String trade, String commune, Badge status, boolean featured, boolean live,
                      List<ShopActions.Action> actions, String statusUrl, String featureUrl) {
        public Row {
            actions = List.copyOf(actions);
        }
    }
}
