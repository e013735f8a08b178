package io.comptoir.app.identity;

import io.comptoir.app.territory.LegalPage;
import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.plugin.kit.SafeMarkdown;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The legal pages ({@code /mentions-legales}, {@code /conditions-generales}, {@code /confidentialite},
 * {@code /accessibilite}): the territory's Markdown with the contact of the moment in its placeholders
 * ({@code {{contact.email}}}...), rendered safely (raw HTML shown as text, only http(s), mailto and relative links kept).
 */
final class LegalPages {
    private final TerritoryContent content;
    private final PageFactory pages;

    LegalPages(TerritoryContent content, PageFactory pages) {
        this.content = requireNonNull(content, "content is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    static String labelKey(LegalPage.Kind kind) {
        return "legal." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void register(RoutesConfig routes) {
        for (LegalPage page : content.folder().legalPages()) {
            routes.get("/" + page.kind().slug(), ctx -> show(ctx, page), AccessRole.ANYONE);
        }
    }

    private void show(Context ctx, LegalPage legal) {
        Page page = pages.page(ctx);
        String html = SafeMarkdown.toHtml(content.legalMarkdown(legal, page.i18n().language()));
        PageFactory.render(ctx, "identity/legal.jte", new LegalView(page, page.t(labelKey(legal.kind())), html));
    }
}
