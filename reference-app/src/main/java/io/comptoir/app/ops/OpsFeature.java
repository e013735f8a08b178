package io.comptoir.app.ops;

import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.engine.api.schedule.ScheduledJobs;
import io.javalin.config.RoutesConfig;

import java.util.Optional;

/** What operators and load balancers read: {@code /health} and {@code /metrics} (Prometheus). */
public final class OpsFeature implements WebFeature {

    @Override
    public String name() {
        return "ops";
    }

    @Override
    public Optional<String> messages() {
        return Optional.empty();
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        new HealthRoute(context.marketplace().search(), context.marketplace().plugin(ScheduledJobs.class), context.marketplace().mailOutbox()).register(routes);
        context.metrics().register(routes);
    }
}
