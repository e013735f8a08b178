package io.comptoir.engine.api.territory;

import io.comptoir.engine.api.merchant.MerchantId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * What the territory's team changes often from its back-office, kept by the engine over the application's defaults
 * (the reference app's are in the territory's folder): the home page's words in each language, the shops the home page
 * features, in order, and how to reach the team. A value not set shows the default. Each save that changes something
 * makes a new {@link #version()}; a save based on an older version is refused, so that two people editing at once never
 * overwrite each other unseen (see {@link Territory#saveSettings}).
 *
 * @param version 0 before the first change, then one more with each
 * @param homeTexts the home page's words by ISO 639-1 language code ({@code fr}, {@code en}); a language without an
 *                  entry sets nothing
 * @param featuredShops the shops the home page features, in order, at most {@value #MAX_FEATURED_SHOPS}; a page shows
 *                      those that are live
 */
public record TerritorySettings(long version, Map<String, HomeTexts> homeTexts, List<MerchantId> featuredShops, TerritoryContact contact) {
    public static final int MAX_FEATURED_SHOPS = 12;
    /** The name of the featured shops in {@link #fields()} and in the audit trail. */
    public static final String FEATURED_SHOPS = "featuredShops";

    /** Nothing set yet. */
    public static final TerritorySettings NONE = new TerritorySettings(0, Map.of(), List.of(), TerritoryContact.NONE);

    public TerritorySettings {
        if (version < 0) {
            throw new IllegalArgumentException("negative version " + version);
        }
        Map<String, HomeTexts> set = new HashMap<>();
        requireNonNull(homeTexts, "homeTexts is null").forEach((language, texts) -> {
            requireNonNull(language, "language is null");
            if (!requireNonNull(texts, "texts is null").isEmpty()) {
                set.put(language, texts);
            }
        });
        homeTexts = Map.copyOf(set);
        featuredShops = List.copyOf(requireNonNull(featuredShops, "featuredShops is null"));
        requireNonNull(contact, "contact is null");
    }

    /** The home page's words set in a language ({@link HomeTexts#NONE} when none are). */
    public HomeTexts homeTexts(String language) {
        return homeTexts.getOrDefault(requireNonNull(language, "language is null"), HomeTexts.NONE);
    }

    public TerritorySettings withHomeTexts(String language, HomeTexts texts) {
        Map<String, HomeTexts> changed = new HashMap<>(homeTexts);
        changed.put(requireNonNull(language, "language is null"), requireNonNull(texts, "texts is null"));
        return new TerritorySettings(version, changed, featuredShops, contact);
    }

    public TerritorySettings withFeaturedShops(List<MerchantId> shops) {
        return new TerritorySettings(version, homeTexts, shops, contact);
    }

    public TerritorySettings withContact(TerritoryContact newContact) {
        return new TerritorySettings(version, homeTexts, featuredShops, newContact);
    }

    /**
     * Every value set, by the name the audit trail and the errors give its field: {@code home.<language>.heroTitle},
     * {@code .heroLead}, {@code .announcement}, {@code .announcementLink}; {@code contact.email}, {@code .phone},
     * {@code .address}; {@code featuredShops}, the shops' ids comma-separated in order. Sorted by name.
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new TreeMap<>();
        homeTexts.forEach((language, texts) -> {
            texts.heroTitle().ifPresent(text -> fields.put(homeField(language, "heroTitle"), text));
            texts.heroLead().ifPresent(text -> fields.put(homeField(language, "heroLead"), text));
            texts.announcement().ifPresent(text -> fields.put(homeField(language, "announcement"), text));
            texts.announcementLink().ifPresent(text -> fields.put(homeField(language, "announcementLink"), text));
        });
        contact.email().ifPresent(email -> fields.put("contact.email", email));
        contact.phone().ifPresent(phone -> fields.put("contact.phone", phone));
        contact.address().ifPresent(address -> fields.put("contact.address", address));
        if (!featuredShops.isEmpty()) {
            fields.put(FEATURED_SHOPS, featuredShops.stream().map(MerchantId::toString).collect(Collectors.joining(",")));
        }
        return fields;
    }

    /** The name of a home text's field, e.g. {@code home.fr.heroTitle}. */
    public static String homeField(String language, String text) {
        return "home." + language + "." + text;
    }

    static Optional<String> trimmed(Optional<String> value, String name) {
        return requireNonNull(value, name + " is null").map(String::strip).filter(text -> !text.isEmpty());
    }
}
