package io.comptoir.app.identity;

import io.comptoir.app.web.Page;

/**
 * A legal page.
 *
 * @param html the territory's text, rendered by SafeMarkdown: safe to put in the page as is
 */
public record LegalView(Page page, String title, String html) {
}
