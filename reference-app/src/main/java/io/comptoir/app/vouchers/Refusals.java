package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;

import java.util.List;
import java.util.Map;

/**
 * What the till says when the plugin refuses: a sentence per conflict code ({@code pos.conflict.budget_exhausted}), and
 * a message under the field at fault for bad input ({@code pos.error.buyerEmail}).
 */
final class Refusals {

    private Refusals() {
    }

    static Notice of(Page page, InvalidInputException e) {
        String field = e.field().orElse("");
        String key = "pos.error." + field;
        String message = page.i18n().has(key) ? page.t(key) : new Problems(page).fieldMessage(e.code(), field);
        return new Notice(false, page.t("pos.refused", message), List.of(), field.isEmpty() ? Map.of() : Map.of(field, message));
    }

    static Notice of(Page page, ConflictException e) {
        String key = "pos.conflict." + e.code();
        return new Notice(false, page.i18n().has(key) ? page.t(key) : page.t("bo.conflict.other", e.getMessage()), List.of(), Map.of());
    }
}
