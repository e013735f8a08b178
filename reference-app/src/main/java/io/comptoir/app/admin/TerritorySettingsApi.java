package io.comptoir.app.admin;

import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.Localizer;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.SiteContact;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.territory.HomeTexts;
import io.comptoir.engine.api.territory.SettingChange;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/admin/territory/settings}: the territory's settings over its folder's defaults as JSON — read with the
 * defaults beside them, replaced as a whole at the version read ({@code PUT}: 409 {@code stale_settings} after another's
 * save, 400 naming the field), and the history of their changes, newest first.
 */
final class TerritorySettingsApi {
    static final String ROOT = AdminApi.ROOT + "/territory/settings";
    /** Longer than any field holds: the engine says which limit a longer text passes. */
    private static final int MAX_TEXT = 2000;

    private final Territory territory;
    private final TerritoryContent content;
    private final PageFactory pages;

    TerritorySettingsApi(Territory territory, TerritoryContent content, PageFactory pages) {
        this.territory = requireNonNull(territory, "territory is null");
        this.content = requireNonNull(content, "content is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    void register(RoutesConfig routes) {
        routes.get(ROOT, this::read, AdminBackOffice.ADMIN);
        routes.put(ROOT, this::replace, AdminBackOffice.ADMIN);
        routes.get(ROOT + "/history", this::history, AdminBackOffice.ADMIN);
    }

    private void read(Context ctx) {
        ctx.json(json(territory.settings()));
    }

    private void replace(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        TerritorySettings wanted = new TerritorySettings(body.integer("version", 0, Long.MAX_VALUE), Map.of(), List.of(), TerritoryContact.NONE);
        List<String> offered = languages().stream().map(Language::code).toList();
        for (Map.Entry<String, JsonBody> language : homeTexts(body.object("home")).entrySet()) {
            if (!offered.contains(language.getKey())) {
                throw new InvalidInputException("home." + language.getKey(), "invalid_language",
                        "home texts are given in the site's languages, " + offered + ", got '" + language.getKey() + "'");
            }
            JsonBody texts = language.getValue();
            wanted = wanted.withHomeTexts(language.getKey(), new HomeTexts(texts.optionalText("heroTitle", MAX_TEXT),
                    texts.optionalText("heroLead", MAX_TEXT), texts.optionalText("announcement", MAX_TEXT),
                    texts.optionalText("announcementLink", MAX_TEXT)));
        }
        JsonBody contact = body.object("contact");
        wanted = wanted.withContact(new TerritoryContact(contact.optionalText("email", MAX_TEXT), contact.optionalText("phone", MAX_TEXT),
                contact.optionalText("address", MAX_TEXT)));
        wanted = wanted.withFeaturedShops(body.integers("featuredShops", 100, 1, Long.MAX_VALUE).stream().map(MerchantId::new).toList());
        ctx.json(json(territory.saveSettings(wanted, Viewer.of(ctx).actor())));
    }

    /** The texts of each language; a language's that are not an object are {@code invalid_home}, whatever the key written. */
    private static Map<String, JsonBody> homeTexts(JsonBody home) {
        try {
            return home.entries(10);
        }
        catch (InvalidInputException e) {
            throw new InvalidInputException(e.field().orElse(home.path()), "invalid_home", e.getMessage());
        }
    }

    private void history(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        int page = params.integer("page", 0, 0, 100_000);
        int size = params.integer("size", AdminApi.DEFAULT_SIZE, 1, 100);
        ctx.json(new HistoryPage(territory.settingsHistory(page * size, size).stream().map(Change::of).toList(),
                territory.settingsHistorySize(), page, size));
    }

    private List<Language> languages() {
        return content.folder().identity().languages();
    }

    private SettingsJson json(TerritorySettings settings) {
        Map<String, Texts> home = new LinkedHashMap<>();
        Map<String, Texts> defaults = new LinkedHashMap<>();
        for (Language language : languages()) {
            home.put(language.code(), Texts.of(settings.homeTexts(language.code())));
            Localizer texts = pages.texts(language);
            defaults.put(language.code(), new Texts(texts.t(TerritoryContent.HERO_TITLE), texts.t(TerritoryContent.HERO_LEAD), null, null));
        }
        TerritoryContact contact = settings.contact();
        SiteContact folder = content.folderContact();
        return new SettingsJson(settings.version(), home,
                new Contact(contact.email().orElse(null), contact.phone().orElse(null), contact.address().orElse(null)),
                settings.featuredShops().stream().map(MerchantId::value).toList(),
                new Defaults(defaults, new Contact(folder.email(), folder.phone(), folder.address())));
    }

    /** The settings: each value set, null where the folder's shows; the folder's values beside them. */
    record SettingsJson(long version, Map<String, Texts> home, Contact contact, List<Long> featuredShops, Defaults defaults) {
    }

    record Texts(String heroTitle, String heroLead, String announcement, String announcementLink) {
        static Texts of(HomeTexts texts) {
            return new Texts(texts.heroTitle().orElse(null), texts.heroLead().orElse(null), texts.announcement().orElse(null),
                    texts.announcementLink().orElse(null));
        }
    }

    record Contact(String email, String phone, String address) {
    }

    record Defaults(Map<String, Texts> home, Contact contact) {
    }

    record HistoryPage(List<Change> items, int total, int page, int size) {
    }

    record Change(long id, long version, String field, String before, String after, String actor, Instant at) {
        static Change of(SettingChange change) {
            return new Change(change.id(), change.version(), change.field(), change.before().orElse(null), change.after().orElse(null),
                    change.actor().toString(), change.at());
        }
    }
}
