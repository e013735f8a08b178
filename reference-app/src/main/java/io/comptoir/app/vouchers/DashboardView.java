package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.vouchers.api.ProgrammeDashboard;
import io.comptoir.vouchers.api.Tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A programme's dashboard figures, formatted, and its tables (each chart's data, readable without the picture). */
public record DashboardView(long vouchersSold, String faceSold, String buyerMoney, String redeemed, long redemptions,
                            String subsidyConsumed, String outstanding, String breakage, String leverage, String potentialLeverage,
                            List<Row> salesPerDay, List<Row> salesPerPointOfSale, List<Row> redeemedPerShop, List<Row> redeemedPerCategory,
                            List<Row> redeemedPerCommune) {

    /**
     * One row of a table (and bar of its chart): its label, a count and an amount.
     *
     * @param bar the bar's length, 0 to {@link #BAR_MAX}, in proportion to the largest amount of the table
     */
    public record Row(String label, String count, String amount, int bar) {
        public static final int BAR_MAX = 400;

        /** The bar's y position in the chart, for row {@code index}. */
        public static int y(int index) {
            return index * 28 + 4;
        }
    }

    static DashboardView of(Page page, ProgrammeDashboard d) {
        return new DashboardView(d.vouchersSold(), page.money(d.faceSold()), page.money(d.buyerMoney()), page.money(d.redeemed()),
                d.redeemedPerShop().stream().mapToLong(Tally::count).sum(), page.money(d.subsidyConsumed()), page.money(d.outstanding()),
                page.money(d.breakage()), ratio(d.leverage()), ratio(d.potentialLeverage()),
                days(page, d),
                rows(page, d.salesPerPointOfSale()), rows(page, d.redeemedPerShop()), rows(page, d.redeemedPerCategory()),
                rows(page, d.redeemedPerCommune()));
    }

    private static List<Row> rows(Page page, List<Tally> tallies) {
        long max = tallies.stream().mapToLong(t -> t.amount().minorUnits()).max().orElse(0);
        return tallies.stream().map(t -> new Row(t.label(), page.number(t.count()), page.money(t.amount()), bar(t.amount().minorUnits(), max)))
                .toList();
    }

    private static List<Row> days(Page page, ProgrammeDashboard d) {
        long max = d.salesPerDay().stream().mapToLong(day -> day.face().minorUnits()).max().orElse(0);
        return d.salesPerDay().stream().map(day -> new Row(Formats.date(page, day.day()), page.number(day.vouchers()), page.money(day.face()),
                bar(day.face().minorUnits(), max))).toList();
    }

    private static int bar(long value, long max) {
        return max <= 0 || value <= 0 ? 0 : (int) Math.max(2, value * Row.BAR_MAX / max);
    }

    private static String ratio(Optional<BigDecimal> ratio) {
        return ratio.map(r -> r.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',')).orElse("—");
    }
}
