package io.comptoir.app.training;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.training.api.CourseCompletion;
import io.comptoir.training.api.OnboardingPipeline;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** What the pipeline and the reports show, read once per request from the plugin's reports and the engine's shops. */
final class TrainingReportData {
    private final TrainingServices services;

    TrainingReportData(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    record Pipeline(OnboardingPipeline pipeline, List<Merchant> suspended) {
    }

    Pipeline pipeline(Actor actor) {
        return new Pipeline(services.reports().pipeline(actor), TrainingShops.withStatus(services.marketplace(), MerchantStatus.SUSPENDED));
    }

    record Rates(List<CourseCompletion> courses, List<CommuneProgress> communes) {
    }

    Rates rates(Actor actor) {
        OnboardingPipeline pipeline = services.reports().pipeline(actor);
        List<CourseCompletion> courses = services.reports().completionRates(actor);
        return new Rates(courses, CommuneProgress.of(services.marketplace().territory().communes(),
                TrainingShops.withStatus(services.marketplace(), MerchantStatus.LIVE), pipeline.inTraining()));
    }
}
