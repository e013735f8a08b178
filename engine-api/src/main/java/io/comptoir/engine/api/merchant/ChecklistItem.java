package io.comptoir.engine.api.merchant;

import static java.util.Objects.requireNonNull;

/**
 * One requirement of a shop's onboarding checklist.
 *
 * @param code stable identifier, e.g. {@code profile_complete}, {@code training_completed} (the web layer may translate it)
 * @param label the requirement for people, in French, e.g. "Profil de la boutique complet"
 * @param blocking whether the shop may not go live until it is done
 * @param done whether it is done now
 * @param detail what is missing or where it stands, e.g. "3 produits publiés sur 5" (may be empty)
 */
public record ChecklistItem(String code, String label, boolean blocking, boolean done, String detail) {
    public ChecklistItem {
        requireNonNull(code, "code is null");
        requireNonNull(label, "label is null");
        requireNonNull(detail, "detail is null");
    }

    public boolean blocks() {
        return blocking && !done;
    }
}
