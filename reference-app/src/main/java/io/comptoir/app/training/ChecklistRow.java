package io.comptoir.app.training;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.engine.api.merchant.ChecklistItem;

/** An item of the onboarding checklist as the shop reads it: in its language when the item is known, with where it stands. */
public record ChecklistRow(String code, String label, String detail, Badge state, boolean blocks) {

    static ChecklistRow of(Page page, ChecklistItem item) {
        String key = "training.checklist." + item.code();
        String label = page.i18n().has(key) ? page.t(key) : item.label();
        Badge state = item.done() ? new Badge(page.t("training.checklist.done"), "success")
                : item.blocking() ? new Badge(page.t("training.checklist.blocking"), "danger")
                : new Badge(page.t("training.checklist.todo"), "warning");
        return new ChecklistRow(item.code(), label, item.detail(), state, item.blocks());
    }
}
