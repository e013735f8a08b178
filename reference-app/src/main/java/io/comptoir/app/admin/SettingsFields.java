package io.comptoir.app.admin;

import io.comptoir.app.web.Language;
import io.comptoir.app.web.Page;
import io.comptoir.engine.api.territory.HomeTexts;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of the territory's settings as the engine names them ({@code home.fr.heroTitle}, {@code contact.email},
 * {@code featuredShops}), which the back-office's forms use as their inputs' names: their words, their limits.
 */
final class SettingsFields {
    static final List<String> HOME_TEXTS = List.of("heroTitle", "heroLead", "announcement", "announcementLink");
    static final List<String> CONTACT = List.of("email", "phone", "address");
    private static final Map<String, Integer> LIMITS = Map.of("heroTitle", HomeTexts.MAX_HERO_TITLE, "heroLead", HomeTexts.MAX_HERO_LEAD,
            "announcement", HomeTexts.MAX_ANNOUNCEMENT, "announcementLink", HomeTexts.MAX_LINK, "email", TerritoryContact.MAX_EMAIL,
            "phone", TerritoryContact.MAX_PHONE, "address", TerritoryContact.MAX_ADDRESS);

    private SettingsFields() {
    }

    static String contactField(String name) {
        return "contact." + name;
    }

    /** The last part of a field's name: {@code heroTitle}, {@code email}, {@code featuredShops}. */
    static String leaf(String field) {
        String name = field.replaceAll("\\[[0-9]+]$", "");
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** How many characters a field holds at most. */
    static int limit(String field) {
        return LIMITS.getOrDefault(leaf(field), 0);
    }

    /** The field's name for people, e.g. "Accueil (français), titre", "Contact, téléphone", "Boutiques à la une, n° 3". */
    static String label(Page page, String field) {
        String[] parts = field.split("\\.");
        if (parts.length == 3 && parts[0].equals("home")) {
            String language = Language.fromCode(parts[1]).map(page::languageName).orElse(parts[1]);
            return page.t("bo.admin.territory.label.home", language, page.t("bo.admin.territory.field." + parts[2]));
        }
        if (parts.length == 2 && parts[0].equals("contact")) {
            return page.t("bo.admin.territory.label.contact", page.t("bo.admin.territory.field." + parts[1]));
        }
        if (field.matches(TerritorySettings.FEATURED_SHOPS + "\\[[0-9]+]")) {
            return page.t("bo.admin.territory.label.featuredShop", Integer.parseInt(field.replaceAll("\\D", "")) + 1);
        }
        return page.t("bo.admin.territory.section.featured");
    }

    /** What is wrong with a field, in a sentence, from the engine's code. */
    static String problem(Page page, String field, String code) {
        String key = "bo.admin.territory.error." + code;
        String reason = page.i18n().has(key) ? page.t(key, limit(field), TerritorySettings.MAX_FEATURED_SHOPS) : page.t("bo.error.invalid");
        return page.t("bo.admin.territory.problem", label(page, field), reason);
    }

    /** A value typed in a form: empty when blank, which shows the folder's. */
    static Optional<String> typed(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
