package io.comptoir.app.training;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.training.api.MembershipState;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The reports page: completion per course and module, per commune, and the month's membership. */
public record ReportView(TrainingFrame frame, List<TrainingAdminJson.CourseRate> courses, List<TrainingAdminJson.CommuneRate> communes,
                         TrainingAdminJson.Membership membership) {
    public ReportView {
        courses = List.copyOf(courses);
        communes = List.copyOf(communes);
    }

    public int count(MembershipState state) {
        return membership.statement().counts().getOrDefault(state, 0);
    }

    public List<TrainingAdminJson.ShopMembership> waived() {
        return membership.statement().shops().stream().filter(shop -> shop.state() == MembershipState.WAIVED).toList();
    }

    public String month() {
        return month(frame.page(), membership.statement().month());
    }

    static String month(Page page, YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", page.i18n().locale()).format(month);
    }

    public String date(LocalDate date) {
        return Formats.date(frame.page(), date);
    }
}
