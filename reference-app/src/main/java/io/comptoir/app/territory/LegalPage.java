package io.comptoir.app.territory;

import io.comptoir.app.web.Language;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One of the legal pages a French marketplace publishes, written by the territory in Markdown
 * ({@code legal/<slug>.md}, and {@code legal/<slug>.en.md} when it has an English version).
 *
 * @param markdown the text in each language the territory wrote it in; French always
 */
public record LegalPage(Kind kind, Map<Language, String> markdown) {
    public LegalPage {
        requireNonNull(kind, "kind is null");
        markdown = Map.copyOf(requireNonNull(markdown, "markdown is null"));
        if (!markdown.containsKey(Language.FR)) {
            throw new IllegalArgumentException("a legal page is written in French first");
        }
    }

    /** The text in a language, the French one when the territory did not translate it. */
    public String markdown(Language language) {
        return markdown.getOrDefault(language, markdown.get(Language.FR));
    }

    /** The legal pages, each at its own address. */
    public enum Kind {
        /** Mentions légales: who publishes the site, who hosts it (LCEN, article 6). */
        LEGAL_NOTICE("mentions-legales"),
        /** Conditions générales de vente et d'utilisation. */
        TERMS("conditions-generales"),
        /** Politique de confidentialité (GDPR, articles 13 and 14). */
        PRIVACY("confidentialite"),
        /** Déclaration d'accessibilité (RGAA, required of public bodies' sites). */
        ACCESSIBILITY("accessibilite");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        /** The page's address on the site and its file's name in {@code legal/}. */
        public String slug() {
            return slug;
        }
    }
}
