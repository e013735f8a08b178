package io.comptoir.training.api;

import io.comptoir.engine.api.merchant.MerchantStatus;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The territory's onboarding at a glance: applications by status, shops by status (live shops are the members, onboarding
 * ones those in training), each shop in training with what it still lacks, and the live shops late with required training.
 */
public record OnboardingPipeline(Map<ApplicationStatus, Integer> applications, Map<MerchantStatus, Integer> shops,
                                 List<ShopOnboarding> inTraining, List<ShopOnboarding> liveOverdue) {
    public OnboardingPipeline {
        applications = Map.copyOf(requireNonNull(applications, "applications is null"));
        shops = Map.copyOf(requireNonNull(shops, "shops is null"));
        inTraining = List.copyOf(requireNonNull(inTraining, "inTraining is null"));
        liveOverdue = List.copyOf(requireNonNull(liveOverdue, "liveOverdue is null"));
    }
}
