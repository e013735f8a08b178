package io.comptoir.app.web;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * How the territory's site looks in every page's frame: the languages it offers, its logo, its style sheet of colours,
 * the colour browsers tint their bar with, and the links of its footer. Made from the territory's folder.
 *
 * @param languages the languages offered, the first the default
 * @param logoUrl the logo's address, also the site's icon
 * @param logoType the logo's media type, for the icon link
 * @param themeUrl the address of the style sheet setting the territory's colours (and its hero picture)
 * @param themeColour the {@code theme-color} of the pages, {@code #rrggbb}
 */
public record SiteLook(List<Language> languages, String logoUrl, String logoType, String themeUrl, String themeColour,
                       List<Link> footerLinks) {
    public SiteLook {
        languages = List.copyOf(requireNonNull(languages, "languages is null"));
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a site offers a language at least");
        }
        requireNonNull(logoUrl, "logoUrl is null");
        requireNonNull(logoType, "logoType is null");
        requireNonNull(themeUrl, "themeUrl is null");
        requireNonNull(themeColour, "themeColour is null");
        footerLinks = List.copyOf(requireNonNull(footerLinks, "footerLinks is null"));
    }

    /** A link of the footer to another site of the territory, labelled in each language. */
    public record Link(Map<Language, String> label, String url) {
        public Link {
            label = Map.copyOf(requireNonNull(label, "label is null"));
            requireNonNull(url, "url is null");
            if (!label.containsKey(Language.FR)) {
                throw new IllegalArgumentException("a link is labelled in French first");
            }
        }

        public String label(Language language) {
            return label.getOrDefault(language, label.get(Language.FR));
        }
    }
}
