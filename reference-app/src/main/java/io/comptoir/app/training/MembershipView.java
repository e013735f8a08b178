package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The membership page.
 *
 * @param sent which form was sent and refused ({@code plan} or {@code waiver}), or empty: only its fields show problems
 */
public record MembershipView(TrainingFrame frame, TrainingAdminJson.Membership membership, List<Merchant> shops, FormValues planForm,
                             FormValues waiverForm, String sent) {
    public MembershipView {
        shops = List.copyOf(shops);
    }

    public TrainingFrame planFrame() {
        return sent.equals("plan") ? frame : frame.quiet();
    }

    public TrainingFrame waiverFrame() {
        return sent.equals("waiver") ? frame : frame.quiet();
    }

    public String month(YearMonth month) {
        return ReportView.month(frame.page(), month);
    }

    public String date(LocalDate date) {
        return Formats.date(frame.page(), date);
    }

    public String money(Money money) {
        return frame.page().money(money);
    }

    public String revokeAction(TrainingAdminJson.WaiverJson waiver) {
        return TrainingAdminPaths.MEMBERSHIP + "/exonerations/" + waiver.id() + "/revocation";
    }

    public String monthUrl(YearMonth month) {
        return TrainingAdminPaths.MEMBERSHIP + "?mois=" + month;
    }

    public YearMonth shown() {
        return membership.statement().month();
    }
}
