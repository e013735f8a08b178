package io.comptoir.training.checklist;

import io.comptoir.engine.api.merchant.ActivationDecision;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantActivationPolicy;
import io.comptoir.engine.api.merchant.OnboardingChecklist;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A shop goes live only when its whole onboarding checklist (the engine's items and every plugin's) has no blocking item
 * left; the refusal names each of them, e.g. "Charte du territoire acceptée : Version 2 à lire et accepter".
 */
public final class TrainingActivationPolicy implements MerchantActivationPolicy {
    private final OnboardingChecklist checklist;

    public TrainingActivationPolicy(OnboardingChecklist checklist) {
        this.checklist = requireNonNull(checklist, "checklist is null");
    }

    @Override
    public ActivationDecision evaluate(Merchant merchant) {
        List<ChecklistItem> blocking = checklist.blocking(merchant.id());
        if (blocking.isEmpty()) {
            return ActivationDecision.allowed();
        }
        return ActivationDecision.blockedBy(blocking.stream()
                .map(item -> item.detail().isEmpty() ? item.label() : item.label() + " : " + item.detail()).toList());
    }
}
