package io.comptoir.app.training;

import io.comptoir.app.feature.DemoSeed;
import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.FeatureRole;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.ApiError;
import io.comptoir.app.web.ErrorHandlers;
import io.comptoir.app.web.ResetLinks;
import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.TrainingRoles;
import io.comptoir.training.api.TrainingSeeds;
import io.javalin.config.RoutesConfig;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The training plugin on the web, every page and API of it: the public application to join ({@code /rejoindre}), a
 * shop's onboarding, courses and workshops, the territory's review of applications and its training part
 * ({@code /admin/candidatures}, {@code /admin/formation}), the trainer's back-office ({@code /formateur}), and their JSON
 * API.
 */
public final class TrainingFeature implements WebFeature {

    @Override
    public String name() {
        return "training";
    }

    @Override
    public Optional<String> plugin() {
        return Optional.of("training");
    }

    @Override
    public boolean runsOn(Marketplace marketplace) {
        return marketplace.plugin(Courses.class).isPresent();
    }

    @Override
    public List<FeatureRole> roles() {
        return List.of(FeatureRole.unscoped(TrainingRoles.TRAINER));
    }

    @Override
    public List<BackOfficeShell> backOffices(Marketplace marketplace) {
        return List.of(new TrainerShell());
    }

    @Override
    public List<NavEntry> navigation(Marketplace marketplace) {
        return TrainingNav.entries(marketplace);
    }

    @Override
    public List<SiteLink> siteLinks() {
        return List.of(SiteLink.footer(40, "training.footer.join", TrainingPaths.JOIN),
                SiteLink.backOffice(40, TrainingNav.TRAINER.areaKey(), TrainingNav.TRAINER.root(), AccessRole.of(TrainingRoles.TRAINER)));
    }

    @Override
    public List<String> csrfExempt() {
        return List.of(ApplicationsApi.PATH);
    }

    @Override
    public List<OpenApiSection> openApi() {
        return List.of(new TrainingApiSection(), new TrainingAdminApiSection());
    }

    @Override
    public Optional<DemoSeed> demoSeed(Marketplace marketplace) {
        return marketplace.plugin(TrainingSeeds.class).map(seeds -> new DemoSeed() {
            @Override
            public String file() {
                return "training.json";
            }

            @Override
            public boolean isEmpty() {
                return seeds.isEmpty();
            }

            @Override
            public String load(InputStream stream, String password) {
                return seeds.load(stream, password).toString();
            }
        });
    }

    @Override
    public Map<String, String> engineProperties(String siteAddress) {
        return Map.of("training.password-reset-url", siteAddress + ResetLinks.PAGE + "?" + ResetLinks.TOKEN_PARAMETER + "=");
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        TrainingServices services = new TrainingServices(context.marketplace());
        ShopTraining shop = new ShopTraining(services, context.backOffices());
        routes.exception(AccessDeniedException.class, (e, ctx) -> ErrorHandlers.respond(ctx, 403, new ApiError(e.code(), e.getMessage(), null),
                context.pages()));
        new JoinPage(services, context.pages()).register(routes);
        new ApplicationsApi(services).register(routes);
        new ApplicationReviewPages(services, context.backOffices()).register(routes);
        new ApplicationsAdminApi(services).register(routes);
        new OnboardingPage(shop).register(routes);
        new CoursePages(shop).register(routes);
        new WorkshopPages(shop).register(routes);
        new MerchantTrainingApi(shop).register(routes);
        new TrainerPages(services, context.backOffices()).register(routes);
        new TrainerApi(services).register(routes);
        new TrainingBackOffice(services, context.backOffices()).register(routes);
        new TrainingAdminApi(services).register(routes);
    }
}
