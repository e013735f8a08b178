package io.comptoir.app.merchant;

import io.comptoir.app.web.Pager;
import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;
import java.util.Optional;

/** A shop's orders, filtered by status. */
public record OrderListView(BackOfficeFrame frame, List<Filter> filters, int total, List<OrderRow> rows, Pager pager,
                            Optional<String> statusLabel) {
    public OrderListView {
        filters = List.copyOf(filters);
        rows = List.copyOf(rows);
    }

    public record Filter(String label, String url, boolean current, Optional<Integer> count) {
    }
}
