package io.comptoir.app.web;

import static java.util.Objects.requireNonNull;

/**
 * An error page: its status and the bundle keys of its title and explanation.
 *
 * @param offerSearch whether to offer the search box (when what was asked for does not exist)
 */
public record ErrorView(Page page, int status, String titleKey, String messageKey, boolean offerSearch) {
    public ErrorView {
        requireNonNull(page, "page is null");
        requireNonNull(titleKey, "titleKey is null");
        requireNonNull(messageKey, "messageKey is null");
    }

    public static ErrorView of(Page page, int status) {
        return switch (status) {
            case 404 -> new ErrorView(page, 404, "error.404.title", "error.404.message", true);
            case 400 -> new ErrorView(page, status, "error.400.title", "error.400.message", true);
            case 413 -> new ErrorView(page, 413, "error.413.title", "error.413.message", false);
            case 405 -> new ErrorView(page, 405, "error.405.title", "error.405.message", false);
            case 401, 403 -> new ErrorView(page, status, "error.403.title", "error.403.message", false);
            default -> new ErrorView(page, status, "error.500.title", "error.500.message", false);
        };
    }
}
