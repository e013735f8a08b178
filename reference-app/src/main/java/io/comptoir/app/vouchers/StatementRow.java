package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementLine;

/** A statement in a list: period, party, total, and for a shop's the buyers' money and the subsidy in it. */
public record StatementRow(long id, String period, String programme, String kind, String party, String total, String buyerMoney,
                           String subsidy, Badge paid, String url, String csvUrl) {

    public static StatementRow of(Page page, StatementParties parties, Statement statement, String programme, String url) {
        return new StatementRow(statement.id(), page.t("vo.statement.period", Formats.date(page, statement.periodStart()),
                Formats.date(page, statement.periodEnd().minusDays(1))), programme,
                page.t("vo.statement.kind." + statement.kind().name()), parties.party(page, statement), page.money(statement.total()),
                page.money(statement.totalOf(StatementLine.BUYER_MONEY)), page.money(statement.totalOf(StatementLine.SUBSIDY)),
                paid(page, statement), url, url + "/csv");
    }

    public static Badge paid(Page page, Statement statement) {
        return statement.paid()
                ? new Badge(page.t("vo.statement.paidOn", Formats.date(page,
                        statement.paidAt().orElseThrow().atZone(page.zone()).toLocalDate())), "done")
                : new Badge(page.t("vo.statement.unpaid"), "warning");
    }
}
