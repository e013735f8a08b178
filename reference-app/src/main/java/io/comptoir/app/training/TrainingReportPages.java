package io.comptoir.app.training;

import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/formation/rapports}: completion rates per course and module and per commune, and this month's membership
 * (what is due, who is offered the subscription).
 */
final class TrainingReportPages {
    private final TrainingBackOffice office;

    TrainingReportPages(TrainingBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingAdminPaths.REPORTS, this::show, TrainingBackOffice.ADMIN);
        new MembershipPages(office).register(routes);
    }

    private void show(Context ctx) {
        TrainingFrame frame = office.frame(ctx, TrainingTab.REPORTS, Notice.none());
        var actor = Viewer.of(ctx).actor();
        TrainingReportData.Rates rates = new TrainingReportData(office.services()).rates(actor);
        YearMonth month = YearMonth.from(office.services().marketplace().today());
        TrainingBackOffice.render(ctx, 200, "training/admin/reports.jte", new ReportView(frame,
                rates.courses().stream().map(TrainingAdminJson.CourseRate::of).toList(),
                rates.communes().stream().map(TrainingAdminJson.CommuneRate::of).toList(),
                new MembershipReport(office.services()).of(month, actor)));
    }
}
