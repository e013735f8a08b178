package io.comptoir.app.admin;

import io.comptoir.app.merchant.OrderRow;
import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;
import java.util.Optional;

/** The latest orders of every shop. */
public record OrderOverviewView(BackOfficeFrame frame, List<OrderRow> rows, Optional<String> previous, Optional<String> next) {
    public OrderOverviewView {
        rows = List.copyOf(rows);
    }
}
