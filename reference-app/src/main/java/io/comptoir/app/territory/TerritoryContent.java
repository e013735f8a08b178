package io.comptoir.app.territory;

import io.comptoir.app.web.Language;
import io.comptoir.app.web.Localizer;
import io.comptoir.app.web.SiteContact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.territory.HomeTexts;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What the site shows that the territory's team changes from its back-office — the home page's texts, its featured
 * shops, the contact — as the settings the engine keeps ({@link TerritorySettings}) over the defaults of the territory's
 * folder. Nothing is kept here: each request reads the engine's settings, which the engine serves from a cache that every
 * node forgets as soon as any node saves (through its change feed), so a change shows on every node within a second and
 * without a restart.
 */
public final class TerritoryContent {
    /** The message keys of the home texts a folder sets ({@code branding.json}) and the back-office overrides. */
    public static final String HERO_TITLE = "home.hero.title";
    public static final String HERO_LEAD = "home.hero.lead";
    /** The contact's placeholders a legal page may use, e.g. {@code {{contact.email}}}. */
    public static final List<String> PLACEHOLDERS = List.of("contact.email", "contact.phone", "contact.address");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private final TerritoryFolder folder;
    private final Territory territory;
    private final MerchantDirectory merchants;

    public TerritoryContent(TerritoryFolder folder, Territory territory, MerchantDirectory merchants) {
        this.folder = requireNonNull(folder, "folder is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    public TerritoryFolder folder() {
        return folder;
    }

    /** The settings as saved in the back-office (nothing set: the folder's defaults show). */
    public TerritorySettings settings() {
        return territory.settings();
    }

    /** The contact people see: each value set in the back-office, else the folder's. */
    public SiteContact contact(TerritorySettings settings) {
        TerritoryContact set = settings.contact();
        SiteContact folderContact = folderContact();
        return new SiteContact(set.email().orElse(folderContact.email()), set.phone().orElse(folderContact.phone()),
                set.address().orElse(folderContact.address()));
    }

    public SiteContact contact() {
        return contact(settings());
    }

    /** The folder's contact ({@code territory.json}), what the back-office's fields fall back to. */
    public SiteContact folderContact() {
        TerritoryFolder.Contact contact = folder.identity().contact();
        return new SiteContact(contact.email(), contact.phone(), contact.address());
    }

    /**
     * The home page's words in the language of {@code texts}: each text set in the back-office for that language, else the
     * folder's (or the site's neutral one when the folder has none); the banner only when one is set.
     */
    public HomeWords home(TerritorySettings settings, Localizer texts) {
        HomeTexts set = settings.homeTexts(texts.language().code());
        return new HomeWords(set.heroTitle().orElse(texts.t(HERO_TITLE)), set.heroLead().orElse(texts.t(HERO_LEAD)),
                set.announcement().map(text -> new HomeWords.Announcement(text, set.announcementLink())));
    }

    /** The featured shops a page shows: those of the list that are live, in its order. */
    public List<Merchant> featuredShops(TerritorySettings settings) {
        return settings.featuredShops().stream().map(merchants::merchant).flatMap(Optional::stream)
                .filter(shop -> shop.status() == MerchantStatus.LIVE).toList();
    }

    /** A legal page's Markdown in a language, its contact placeholders replaced by the contact people see. */
    public String legalMarkdown(LegalPage page, Language language) {
        SiteContact contact = contact();
        Map<String, String> values = Map.of("contact.email", contact.email(), "contact.phone", contact.phone(),
                "contact.address", contact.address());
        Matcher matcher = PLACEHOLDER.matcher(page.markdown(language));
        StringBuilder markdown = new StringBuilder();
        while (matcher.find()) {
            // the folder's check lets only known placeholders through; the value is text, never Markdown
            matcher.appendReplacement(markdown, Matcher.quoteReplacement(escapeMarkdown(values.getOrDefault(matcher.group(1), ""))));
        }
        matcher.appendTail(markdown);
        return markdown.toString();
    }

    /** Backslash-escapes the characters that could start Markdown syntax inside a line. */
    static String escapeMarkdown(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#!|~()])", "\\\\$1");
    }

    /** The home page's words as shoppers read them. */
    public record HomeWords(String heroTitle, String heroLead, Optional<Announcement> announcement) {
        public HomeWords {
            requireNonNull(heroTitle, "heroTitle is null");
            requireNonNull(heroLead, "heroLead is null");
            requireNonNull(announcement, "announcement is null");
        }

        /** The banner, and where it leads if anywhere. */
        public record Announcement(String text, Optional<String> link) {
            public Announcement {
                requireNonNull(text, "text is null");
                requireNonNull(link, "link is null");
            }
        }
    }
}
