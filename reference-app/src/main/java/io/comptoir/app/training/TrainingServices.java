package io.comptoir.app.training;

import io.comptoir.app.Marketplace;
import io.javalin.http.NotFoundResponse;

import static java.util.Objects.requireNonNull;

/** The training plugin's services; every page and route of it answers 404 when the plugin does not run. */
public final class TrainingServices {
    private final Marketplace marketplace;

    public TrainingServices(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    public <T> T get(Class<T> type) {
        return marketplace.plugin(type).orElseThrow(() -> new NotFoundResponse("the training plugin does not run"));
    }

    public Marketplace marketplace() {
        return marketplace;
    }
}
