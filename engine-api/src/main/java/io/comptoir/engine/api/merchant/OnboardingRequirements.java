package io.comptoir.engine.api.merchant;

import java.util.List;

/**
 * SPI: requirements a shop must meet while it onboards, contributed to its checklist. The engine contributes its own
 * (profile complete, products published, bank details); plugins add theirs (the training plugin: required training,
 * charter accepted). Evaluated on demand; must not change anything.
 */
public interface OnboardingRequirements {
    List<ChecklistItem> evaluate(Merchant merchant);
}
