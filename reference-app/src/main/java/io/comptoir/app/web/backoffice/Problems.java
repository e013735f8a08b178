package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Turns the engine's refusals into what a back-office page tells people, in their language: the engine speaks in
 * stable codes and field names ({@code invalid_iban} on {@code iban}), the page in sentences from the message bundle
 * ({@code bo.error.invalid_iban}), next to the field at fault.
 */
public final class Problems {
    private final Page page;

    public Problems(Page page) {
        this.page = requireNonNull(page, "page is null");
    }

    public Notice of(InvalidInputException e) {
        String message = fieldMessage(e.code(), e.field().orElse(""));
        return new Notice(false, page.t("bo.problem.summary", message), List.of(),
                e.field().map(field -> Map.of(field, message)).orElse(Map.of()));
    }

    public Notice of(ConflictException e) {
        String key = "bo.conflict." + e.code();
        String message = page.i18n().has(key) ? page.t(key) : page.t("bo.conflict.other", e.getMessage());
        return new Notice(false, message, e.details(), Map.of());
    }

    /** The sentence for a field's problem: by code, else by the kind of field (its last part), else a general one. */
    public String fieldMessage(String code, String field) {
        String kind = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        for (String key : List.of("bo.error." + code, "bo.error.invalid_" + kind)) {
            if (page.i18n().has(key)) {
                return prefix(field) + page.t(key);
            }
        }
        return prefix(field) + page.t("bo.error.invalid");
    }

    /** Problems in a row of a repeated part of a form ({@code variant.2.price}) name the row. */
    private String prefix(String field) {
        String[] parts = field.split("\\.");
        if (parts.length >= 3 && parts[0].equals("variant") && parts[1].matches("[0-9]{1,3}")) {
            return page.t("bo.problem.variant", Integer.parseInt(parts[1]) + 1) + " ";
        }
        return "";
    }

    /** The notice of a successful action named in the address ({@code ?ok=saved}), if the name is one we know. */
    public static Optional<Notice> flash(Page page) {
        String key = page.param("ok");
        if (!key.matches("[a-z-]{1,40}") || !page.i18n().has("bo.flash." + key)) {
            return Optional.empty();
        }
        return Optional.of(Notice.success(page.t("bo.flash." + key)));
    }
}
