package io.comptoir.app.training;

import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/formation}: the onboarding pipeline at a glance — applications to review, shops in training with how far
 * they are, members (live shops), suspended shops — and the live shops late with required training.
 */
final class PipelinePage {
    private final TrainingBackOffice office;

    PipelinePage(TrainingBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingAdminPaths.ROOT, this::show, TrainingBackOffice.ADMIN);
    }

    private void show(Context ctx) {
        TrainingFrame frame = office.frame(ctx, TrainingTab.PIPELINE, Notice.none());
        TrainingReportData.Pipeline data = new TrainingReportData(office.services()).pipeline(Viewer.of(ctx).actor());
        Map<String, String> communes = office.services().marketplace().territory().communes().stream()
                .collect(Collectors.toMap(Commune::inseeCode, Commune::name));
        TrainingBackOffice.render(ctx, 200, "training/admin/pipeline.jte",
                new PipelineView(frame, TrainingAdminJson.Pipeline.of(data.pipeline(), data.suspended()), communes));
    }
}
