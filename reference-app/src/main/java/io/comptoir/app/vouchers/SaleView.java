package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/**
 * A sale as its point of sale sees it: the facts, the vouchers with their codes (to hand over or print), the printout
 * and, within the window, the cancellation form.
 *
 * @param cancelUntil when the cancellation window closes, empty when it is closed or the sale cancelled
 */
public record SaleView(BackOfficeFrame frame, String programme, String denomination, int quantity, String paid, String subsidy,
                       String soldAt, String soldAtIso, Badge status, List<Line> vouchers, String printoutUrl, String cancelUrl,
                       String cancelUntil, String tillUrl) {

    public record Line(String code, String face, String lastDay, Badge status) {
    }
}
