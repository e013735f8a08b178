package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.vouchers.api.Redemption;

/**
 * A redemption (or a refund, negative) in a table: when, which voucher (masked), how much, and how much of it was the
 * buyers' money and how much the funders' subsidy.
 */
public record RedemptionRow(long id, String at, String iso, String maskedCode, String programme, String amount, String buyerPart,
                            String subsidyPart, String channel, boolean refund, String url) {

    public static RedemptionRow of(Page page, Redemption redemption, String programme, String url) {
        return new RedemptionRow(redemption.id(), Formats.dateTime(page, redemption.at()), Formats.iso(page, redemption.at()),
                redemption.maskedCode(), programme, page.money(redemption.amount()), page.money(redemption.buyerPart()),
                page.money(redemption.subsidyPart()), page.t("vo.channel." + redemption.channel().name()), redemption.isRefund(), url);
    }
}
