package io.comptoir.app.training;

import io.comptoir.app.Marketplace;
import io.comptoir.app.admin.training.ApplicationReviewPages;
import io.comptoir.app.admin.training.ApplicationsAdminApi;
import io.comptoir.app.web.PageFactory;
import io.javalin.config.RoutesConfig;

import static java.util.Objects.requireNonNull;

/**
 * The training plugin on the web: the public application to join, the territory's review of applications, a shop's
 * onboarding, courses and workshops, the trainer's screen, and their JSON API. Pages and routes answer 404 when the
 * plugin does not run.
 */
public final class TrainingWeb {
    private final TrainingServices services;
    private final PageFactory pages;

    public TrainingWeb(Marketplace marketplace, PageFactory pages) {
        this.services = new TrainingServices(requireNonNull(marketplace, "marketplace is null"));
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        ShopTraining shop = new ShopTraining(services, pages);
        new JoinPage(services, pages).register(routes);
        new ApplicationsApi(services).register(routes);
        new ApplicationReviewPages(services.marketplace(), pages).register(routes);
        new ApplicationsAdminApi(services).register(routes);
        new OnboardingPage(shop).register(routes);
        new CoursePages(shop).register(routes);
        new WorkshopPages(shop).register(routes);
        new MerchantTrainingApi(shop).register(routes);
        new TrainerPages(services, pages).register(routes);
        new TrainerApi(services).register(routes);
    }
}
