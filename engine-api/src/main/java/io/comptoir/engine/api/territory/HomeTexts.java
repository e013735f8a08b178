package io.comptoir.engine.api.territory;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The home page's words in one language as the territory's team set them in its back-office. An empty value is not
 * set: the application shows its default there (the reference app: the territory folder's text).
 *
 * @param heroTitle the title of the home page, at most {@value #MAX_HERO_TITLE} characters
 * @param heroLead the sentence under the title, at most {@value #MAX_HERO_LEAD} characters
 * @param announcement a short banner on the home page (e.g. "Happy Kdo Booster : jusqu'au 28 février"), at most
 *                     {@value #MAX_ANNOUNCEMENT} characters; empty: no banner
 * @param announcementLink where the banner leads: an {@code http(s)} address or a path of the site starting with
 *                         {@code /}, at most {@value #MAX_LINK} characters; only with an announcement
 */
public record HomeTexts(Optional<String> heroTitle, Optional<String> heroLead, Optional<String> announcement,
                        Optional<String> announcementLink) {
    public static final int MAX_HERO_TITLE = 120;
    public static final int MAX_HERO_LEAD = 300;
    public static final int MAX_ANNOUNCEMENT = 160;
    public static final int MAX_LINK = 500;

    /** Nothing set. */
    public static final HomeTexts NONE = new HomeTexts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Blank values count as not set, and values lose their surrounding blanks. */
    public HomeTexts {
        heroTitle = TerritorySettings.trimmed(heroTitle, "heroTitle");
        heroLead = TerritorySettings.trimmed(heroLead, "heroLead");
        announcement = TerritorySettings.trimmed(announcement, "announcement");
        announcementLink = TerritorySettings.trimmed(announcementLink, "announcementLink");
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
