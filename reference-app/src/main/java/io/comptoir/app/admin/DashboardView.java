package io.comptoir.app.admin;

import io.comptoir.app.backoffice.Formats;
import io.comptoir.app.web.Page;
import io.comptoir.vouchers.report.ProgrammeDashboard;
import io.comptoir.vouchers.report.Tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A programme's dashboard figures, formatted, and its tables (each chart's data, readable without the picture). */
public record DashboardView(long vouchersSold, String faceSold, String buyerMoney, String redeemed, long redemptions,
                            String subsidyConsumed, String outstanding, String breakage, String leverage, String potentialLeverage,
                            List<Row> salesPerDay, List<Row> salesPerPointOfSale, List<Row> redeemedPerShop, List<Row> redeemedPerCategory,
                            List<Row> redeemedPerCommune) {

    /** One row of a table: its label, a count and an amount. */
    public record Row(String label, String count, String amount) {
    }

    static DashboardView of(Page page, ProgrammeDashboard d) {
        return new DashboardView(d.vouchersSold(), page.money(d.faceSold()), page.money(d.buyerMoney()), page.money(d.redeemed()),
                d.redeemedPerShop().stream().mapToLong(Tally::count).sum(), page.money(d.subsidyConsumed()), page.money(d.outstanding()),
                page.money(d.breakage()), ratio(d.leverage()), ratio(d.potentialLeverage()),
                d.salesPerDay().stream().map(day -> new Row(Formats.date(page, day.day()), page.number(day.vouchers()), page.money(day.face()))).toList(),
                rows(page, d.salesPerPointOfSale()), rows(page, d.redeemedPerShop()), rows(page, d.redeemedPerCategory()),
                rows(page, d.redeemedPerCommune()));
    }

    private static List<Row> rows(Page page, List<Tally> tallies) {
        return tallies.stream().map(t -> new Row(t.label(), page.number(t.count()), page.money(t.amount()))).toList();
    }

    private static String ratio(Optional<BigDecimal> ratio) {
        return ratio.map(r -> r.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',')).orElse("—");
    }
}
