package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.Statement;

import java.util.List;

/**
 * A settlement statement as the back-offices show it: who owes what to whom for one period, line by line (a shop's:
 * buyers' money by point of sale, subsidy by funder), with the redemptions it covers.
 */
public record StatementView(long id, String title, String kind, String party, String period, String issuedAt, String total,
                            int itemCount, Badge paid, String paymentReference, List<Line> lines, List<RedemptionRow> redemptions,
                            String url, String csvUrl) {
    public StatementView {
        lines = List.copyOf(lines);
        redemptions = List.copyOf(redemptions);
    }

    /** One line: whose money, how much. */
    public record Line(String label, String source, String amount) {
    }

    public static StatementView of(Page page, StatementParties parties, Statement statement, List<Redemption> redemptions,
                                   String programmeName, String url) {
        String period = page.t("vo.statement.period", Formats.date(page, statement.periodStart()),
                Formats.date(page, statement.periodEnd().minusDays(1)));
        List<Line> lines = statement.lines().stream().map(line -> new Line(parties.line(page, line),
                page.t("vo.line.kind." + line.sourceKind()), page.money(line.amount()))).toList();
        Badge paid = StatementRow.paid(page, statement);
        return new StatementView(statement.id(), programmeName, page.t("vo.statement.kind." + statement.kind().name()),
                parties.party(page, statement), period, Formats.dateTime(page, statement.issuedAt()), page.money(statement.total()),
                statement.itemCount(), paid, statement.paymentReference().orElse(""), lines,
                redemptions.stream().map(r -> RedemptionRow.of(page, r, programmeName, "")).toList(), url, url + "/csv");
    }
}
