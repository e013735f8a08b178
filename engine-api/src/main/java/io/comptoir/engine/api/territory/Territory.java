package io.comptoir.engine.api.territory;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;

import java.util.List;
import java.util.Optional;

/**
 * The territory the marketplace serves: its intercommunalities and their communes, read by shoppers' pages (commune
 * browsing) and by plugins (a subsidy shared by population), written by the seed loader or an admin; and the settings its
 * team changes often from the back-office (home page texts, featured shops, contact), audited field by field.
 *
 * <p>The settings' methods are {@code default} so that an implementation of earlier versions still compiles: it keeps
 * no settings.
 */
public interface Territory {

    List<Intercommunality> intercommunalities();

    /** All communes, ordered by name. */
    List<Commune> communes();

    Optional<Commune> commune(String inseeCode);

    /** Adds or replaces an intercommunality (matched by code). */
    void saveIntercommunality(Intercommunality intercommunality);

    /** Adds or replaces a commune (matched by INSEE code); its intercommunality must exist. */
    void saveCommune(Commune commune);

    /**
     * The settings as last saved, on whatever node ({@link TerritorySettings#NONE} before the first save). Read on every
     * page: cheap.
     */
    default TerritorySettings settings() {
        return TerritorySettings.NONE;
    }

    /**
     * Replaces the settings with those given, the featured shops included, and records each field that changed (who,
     * when, the value before and after) under the new version. Saving what is already saved changes nothing, whatever
     * the version given: a retried save succeeds.
     *
     * @param settings the settings wanted; their {@link TerritorySettings#version() version} is the one the caller read
     * @return the settings saved, with their new version
     * @throws ConflictException {@code stale_settings} when another save changed the settings since that version
     * @throws InvalidInputException naming the field ({@code home.fr.heroTitle}, {@code contact.email},
     *         {@code featuredShops[2]}...) when a value is too long or has a line break, an e-mail address or phone number is
     *         not one, a link is neither {@code http(s)} nor a path of the site, a link has no announcement, a language is
     *         not a two-letter code; a shop is featured twice, is unknown, or is added while not live; more than
     *         {@value TerritorySettings#MAX_FEATURED_SHOPS} shops are featured. Nothing is saved then.
     * @throws UnsupportedOperationException when this territory keeps no settings
     */
    default TerritorySettings saveSettings(TerritorySettings settings, Actor actor) {
        throw new UnsupportedOperationException("this territory keeps no settings");
    }

    /** The changes of the settings, newest first. */
    default List<SettingChange> settingsHistory(int offset, int limit) {
        return List.of();
    }

    /** How many changes {@link #settingsHistory} holds. */
    default int settingsHistorySize() {
        return 0;
    }
}
