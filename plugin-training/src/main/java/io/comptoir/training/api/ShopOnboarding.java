package io.comptoir.training.api;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Where one shop stands with its onboarding, for the admins' pipeline.
 *
 * @param blocking the labels of the checklist items that keep it from going live (engine and plugins)
 * @param upcomingBookings seats or waiting places it holds in sessions to come
 * @param overdue for a live shop: required training past its deadline
 */
public record ShopOnboarding(MerchantId shop, String name, String communeInsee, MerchantStatus status, int requiredModulesDone,
                             int requiredModules, boolean charterAccepted, List<String> blocking, int upcomingBookings, boolean overdue) {
    public ShopOnboarding {
        requireNonNull(shop, "shop is null");
        requireNonNull(name, "name is null");
        requireNonNull(communeInsee, "communeInsee is null");
        requireNonNull(status, "status is null");
        blocking = List.copyOf(requireNonNull(blocking, "blocking is null"));
    }

    public boolean readyToGoLive() {
        return blocking.isEmpty();
    }
}
