package io.comptoir.app.territory;

import io.comptoir.app.web.Language;
import io.comptoir.app.web.SiteLook;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;

import java.net.URL;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A territory as its folder describes it ({@code territories/<slug>/}, see {@code territories/README.md}), checked
 * when read by {@link TerritoryReader}: who runs it, its communes and category tree, its look and texts, its legal
 * pages, its search synonyms and, optionally, its demo data.
 *
 * @param slug the folder's name, e.g. {@code pays-de-saint-omer}
 * @param bodies the intercommunalities that run the marketplace, with their SIREN
 * @param categories the category tree, roots first, in display order
 * @param demo the folder of demo data ({@code demo/}), when the territory ships one
 */
public record TerritoryFolder(String slug, FolderSource source, Identity identity, List<Intercommunality> bodies, List<Commune> communes,
                        List<CategoryNode> categories, Branding branding, List<LegalPage> legalPages, Optional<FolderSource> demo) {

    /** The file of search synonyms: one group of words meaning the same a line, comma-separated. */
    public static final String SYNONYMS = "synonyms.txt";
    /** Where the site serves the territory's logo, hero picture and colours. */
    public static final String ASSETS = "/territoire";
    public static final String THEME = ASSETS + "/theme.css";

    public TerritoryFolder {
        requireNonNull(slug, "slug is null");
        requireNonNull(source, "source is null");
        requireNonNull(identity, "identity is null");
        bodies = List.copyOf(requireNonNull(bodies, "bodies is null"));
        communes = List.copyOf(requireNonNull(communes, "communes is null"));
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
        requireNonNull(branding, "branding is null");
        legalPages = List.copyOf(requireNonNull(legalPages, "legalPages is null"));
        requireNonNull(demo, "demo is null");
    }

    /**
     * The territory's search synonyms ({@code synonyms.txt}, checked when read), for the engine's search index; empty
     * when the territory has none.
     */
    public Optional<URL> searchSynonyms() {
        return source.url(SYNONYMS);
    }

    /** The logo's address on the site, e.g. {@code /territoire/logo.svg}. */
    public String logoPath() {
        return ASSETS + "/logo." + branding.logo().extension();
    }

    /** The hero picture's address on the site, when the territory has one. */
    public Optional<String> heroPath() {
        return branding.hero().map(hero -> ASSETS + "/hero." + hero.extension());
    }

    /**
     * The style sheet of the territory's colours, served after the site's own: its custom properties replace the site's
     * neutral palette, and {@code --hero-picture} shows the territory's picture behind the home page's title.
     */
    public String themeCss() {
        StringBuilder css = new StringBuilder("/* ").append(identity.name()).append(": colours of branding.json */\n:root {\n");
        branding.colours().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(colour -> css.append("    --").append(colour.getKey()).append(": ").append(colour.getValue()).append(";\n"));
        css.append("    --hero-picture: ").append(heroPath().map(path -> "url(\"" + path + "?v=" + branding.hero().get().fingerprint() + "\")")
                .orElse("none")).append(";\n}\n");
        return css.toString();
    }

    /** How the pages' frame shows the territory: languages, logo, colours, footer links. */
    public SiteLook look() {
        String theme = THEME + "?v=" + Branding.Picture.fingerprintOf(themeCss().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new SiteLook(identity.languages(), logoPath() + "?v=" + branding.logo().fingerprint(), branding.logo().mediaType(), theme,
                branding.colours().get("brand-700"), branding.footerLinks());
    }

    /** A legal page by its address, e.g. {@code mentions-legales}. */
    public Optional<LegalPage> legalPage(String slug) {
        return legalPages.stream().filter(page -> page.kind().slug().equals(slug)).findFirst();
    }

    /**
     * What the site says of itself.
     *
     * @param name the territory's name, e.g. "Pays de Saint-Omer"
     * @param shortName a short form for tight places, e.g. "Saint-Omer"
     * @param languages the languages the site offers, French first
     */
    public record Identity(String name, String shortName, Currency currency, ZoneId timeZone, List<Language> languages, Contact contact,
                           MapCentre mapCentre) {
        public Identity {
            requireNonNull(name, "name is null");
            requireNonNull(shortName, "shortName is null");
            requireNonNull(currency, "currency is null");
            requireNonNull(timeZone, "timeZone is null");
            languages = List.copyOf(requireNonNull(languages, "languages is null"));
            requireNonNull(contact, "contact is null");
            requireNonNull(mapCentre, "mapCentre is null");
        }
    }

    /** How shoppers and shops reach the team that runs the marketplace. */
    public record Contact(String email, String phone, String address) {
        public Contact {
            requireNonNull(email, "email is null");
            requireNonNull(phone, "phone is null");
            requireNonNull(address, "address is null");
        }
    }

    /** Where a map of the territory's shops is centred, and at which zoom level (1 the world, 19 a street). */
    public record MapCentre(double latitude, double longitude, int zoom) {
    }

    /** A category of the tree, with the slug other files name it by. */
    public record CategoryNode(String slug, String name, List<CategoryNode> children) {
        public CategoryNode {
            requireNonNull(slug, "slug is null");
            requireNonNull(name, "name is null");
            children = List.copyOf(requireNonNull(children, "children is null"));
        }
    }
}
