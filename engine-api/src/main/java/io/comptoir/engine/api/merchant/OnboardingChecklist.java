package io.comptoir.engine.api.merchant;

import io.comptoir.engine.api.error.NotFoundException;

import java.util.List;

/**
 * A shop's onboarding checklist: every {@link OnboardingRequirements} item, the engine's first. The engine does not
 * itself refuse a shop going live on it: a {@link MerchantActivationPolicy} (the training plugin's) does.
 */
public interface OnboardingChecklist {

    /** @throws NotFoundException for an unknown merchant */
    List<ChecklistItem> checklist(MerchantId merchant);

    /** The items that keep the shop from going live now. */
    default List<ChecklistItem> blocking(MerchantId merchant) {
        return checklist(merchant).stream().filter(ChecklistItem::blocks).toList();
    }
}
