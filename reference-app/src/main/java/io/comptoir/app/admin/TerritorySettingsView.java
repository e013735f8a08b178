package io.comptoir.app.admin;

import io.comptoir.app.web.Fields;
import io.comptoir.app.web.Pager;
import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/territoire}: the forms of the settings that override the territory folder's defaults (home texts per
 * language, featured shops, contact) and the history of their changes.
 *
 * @param fields the values the forms show: what is saved, or what was typed in a refused form
 * @param version the settings' version the forms were read at, sent back with each form
 * @param folder where the defaults come from, e.g. {@code territories/pays-de-saint-omer}
 * @param addable the live shops not featured, which the featured shops' form may add
 */
public record TerritorySettingsView(BackOfficeFrame frame, Fields fields, long version, String folder, List<LanguageForm> languages,
                                    List<TextField> contact, List<FeaturedShop> featured, List<ShopChoice> addable, int maxFeatured,
                                    List<HistoryRow> history, int historyTotal, Pager pager) {
    public TerritorySettingsView {
        requireNonNull(frame, "frame is null");
        requireNonNull(fields, "fields is null");
        requireNonNull(folder, "folder is null");
        languages = List.copyOf(languages);
        contact = List.copyOf(contact);
        featured = List.copyOf(featured);
        addable = List.copyOf(addable);
        history = List.copyOf(history);
        requireNonNull(pager, "pager is null");
    }

    public boolean featuredFull() {
        return featured.size() >= maxFeatured;
    }

    /** The home texts of one language. */
    public record LanguageForm(String code, String name, List<TextField> texts) {
        public LanguageForm {
            texts = List.copyOf(texts);
        }
    }

    /**
     * A text field of a form.
     *
     * @param name the engine's name of the field, also the input's
     * @param hint what shows when it is left empty: the folder's text
     * @param overridden whether a value is saved, which "back to the folder's text" removes
     */
    public record TextField(String name, String id, String label, String hint, String type, int maxlength, boolean overridden) {
    }

    /** A featured shop, in its place. */
    public record FeaturedShop(long id, String name, String url, boolean live, String status, boolean first, boolean last) {
    }

    public record ShopChoice(long id, String name) {
    }

    /** One field changed, newest first. */
    public record HistoryRow(String at, String atIso, String who, String field, String before, String after) {
    }
}
