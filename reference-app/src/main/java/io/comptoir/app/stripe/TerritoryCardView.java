package io.comptoir.app.stripe;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.stripe.api.CardTotals;
import io.comptoir.stripe.api.TerritoryReport;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The territory's card payments report over a period, shop by shop and in total. */
public record TerritoryCardView(BackOfficeFrame frame, String from, String to, List<Line> shops, Line total, int charges, String stripeFees,
                                String csvUrl, String movementsCsvUrl) {
    public TerritoryCardView {
        requireNonNull(frame, "frame is null");
        shops = List.copyOf(shops);
        requireNonNull(total, "total is null");
    }

    public record Line(String shop, String captured, String refunded, String commission, String transferred, String owed) {
        static Line of(Page page, String shop, CardTotals totals) {
            return new Line(shop, page.money(totals.captured()), page.money(totals.refunded()), page.money(totals.commission()),
                    page.money(totals.transferred()), page.money(totals.owed()));
        }
    }

    static TerritoryCardView of(BackOfficeFrame frame, Page page, TerritoryReport report, String query) {
        return new TerritoryCardView(frame, report.from().toString(), report.to().toString(),
                report.shops().stream().map(shop -> Line.of(page, shop.shopName(), shop.totals())).toList(),
                Line.of(page, page.t("st.report.total"), report.total()), report.charges(), page.money(report.stripeFees()),
                CardPaths.ADMIN_CSV + query, CardPaths.ADMIN_MOVEMENTS_CSV + query);
    }
}
