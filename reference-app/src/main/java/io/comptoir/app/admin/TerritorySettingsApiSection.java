package io.comptoir.app.admin;

import io.comptoir.app.web.openapi.OpenApiSection;
import io.comptoir.engine.api.territory.HomeTexts;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;

import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.BackOfficeSchemas.PAYLOAD_TOO_LARGE;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.body;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.dateTime;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.input;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.methods;
import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.CONFLICT;
import static io.comptoir.app.web.openapi.Operations.FORBIDDEN;
import static io.comptoir.app.web.openapi.Operations.UNAUTHORIZED;
import static io.comptoir.app.web.openapi.Operations.UNSUPPORTED_MEDIA_TYPE;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Operations.query;
import static io.comptoir.app.web.openapi.Schemas.array;
import static io.comptoir.app.web.openapi.Schemas.int32;
import static io.comptoir.app.web.openapi.Schemas.int64;
import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.nullableString;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.ref;
import static io.comptoir.app.web.openapi.Schemas.string;

/** {@code /api/v1/admin/territory/settings} in the API description. */
final class TerritorySettingsApiSection implements OpenApiSection {
    private static final String TAG = "Territory settings";
    private static final String ROLE = " Role: TERRITORY_ADMIN.";

    @Override
    public Map<String, String> tags() {
        return Map.of(TAG, "What the territory's team changes often (home texts, featured shops, contact), over the defaults of the "
                + "territory's folder, with the history of every change");
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        paths.put(TerritorySettingsApi.ROOT, methods(
                "get", operation("getTerritorySettings", TAG, "The settings, with the folder's defaults beside them",
                        "Each value set in the back-office, null where the folder's shows; `version` is what a replacement sends back."
                                + ROLE, List.of(), ok("TerritorySettings"), UNAUTHORIZED, FORBIDDEN),
                "put", body(operation("replaceTerritorySettings", TAG, "Replaces the settings",
                        "Every setting at once, as read from GET with the changes made: a null or absent text shows the folder's again. "
                                + "Each field that changes is recorded in the history under the next version, and every node shows the "
                                + "change within a second. Refused with 409 `stale_settings` when someone saved since `version` (read "
                                + "again, then send again), and with 400 naming the field (`home.fr.heroTitle`, `contact.email`, "
                                + "`featuredShops[2]`...) when a text is too long or not one line, an e-mail address or phone number is "
                                + "not one, a link is neither http(s) nor a path of the site or has no announcement, a language is not "
                                + "one of the site's, or a featured shop is unknown, listed twice, added while not live, or one too many ("
                                + TerritorySettings.MAX_FEATURED_SHOPS + " at most): nothing is saved then. Sending what is saved "
                                + "changes nothing, whatever the version: a retry succeeds." + ROLE,
                        List.of(), ok("TerritorySettings"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, CONFLICT, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "TerritorySettingsInput")));
        paths.put(TerritorySettingsApi.ROOT + "/history", methods("get", operation("listTerritorySettingsChanges", TAG,
                "The history of the settings, newest first", "One entry per field changed: who, when, the value before and after "
                        + "(null: the folder's showed; for featuredShops, the shops' ids comma-separated)." + ROLE,
                List.of(query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 100_000, "default", 0)),
                        query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 50))),
                ok("TerritorySettingsHistory"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));

        schemas.put("TerritorySettings", object("The territory's settings",
                "version", int64("Their version: 0 before the first change, one more with each"),
                "home", languages("SettingsHomeTexts", "The home page's texts set, by language code (each language of the site)"),
                "contact", ref("SettingsContact"),
                "featuredShops", array(map("type", "integer", "format", "int64"), "The shops the home page features, in order, by id; "
                        + "a page shows those that are live"),
                "defaults", ref("SettingsDefaults")));
        schemas.put("SettingsHomeTexts", object("The home page's texts in one language; null: the folder's",
                "heroTitle", nullableString("The title, " + HomeTexts.MAX_HERO_TITLE + " characters at most"),
                "heroLead", nullableString("The sentence under it, " + HomeTexts.MAX_HERO_LEAD + " characters at most"),
                "announcement", nullableString("A banner, e.g. Happy Kdo Booster : jusqu'au 28 février; " + HomeTexts.MAX_ANNOUNCEMENT
                        + " characters at most; null: none"),
                "announcementLink", nullableString("Where the banner leads: an http(s) address or a path of the site starting with /")));
        schemas.put("SettingsContact", object("How to reach the marketplace's team; null: the folder's",
                "email", nullableString("E-mail address"),
                "phone", nullableString("Phone number: 6 to 15 digits, spaces, dots, dashes, brackets, a leading +"),
                "address", nullableString("Postal address on one line, " + TerritoryContact.MAX_ADDRESS + " characters at most")));
        schemas.put("SettingsDefaults", object("The folder's values, shown where nothing is set",
                "home", languages("SettingsHomeTexts", "The folder's home texts by language (no announcement)"),
                "contact", ref("SettingsContact")));
        schemas.put("TerritorySettingsInput", input("All the settings, at the version read", List.of("version", "home", "contact", "featuredShops"),
                "version", int64("The version read"),
                "home", languages("SettingsHomeTexts", "The home texts by language code; a language left out sets nothing"),
                "contact", ref("SettingsContact"),
                "featuredShops", map("type", "array", "items", map("type", "integer", "format", "int64", "minimum", 1),
                        "description", "The featured shops' ids, in order")));
        schemas.put("TerritorySettingsHistory", object("A page of the history",
                "items", array(ref("TerritorySettingChange"), "Newest first"), "total", int32("Changes in all"),
                "page", int32("This page, from 0"), "size", int32("Changes per page")));
        schemas.put("TerritorySettingChange", object("One field changed",
                "id", int64("The change's id"), "version", int64("The version it made"),
                "field", string("e.g. home.fr.heroTitle, contact.email, featuredShops"),
                "before", nullableString("The value before; null: the folder's showed"),
                "after", nullableString("The value after; null: the folder's shows"),
                "actor", string("Who: account:<id>, or system:<component>"), "at", dateTime()));
    }

    private static Map<String, Object> languages(String schema, String description) {
        return map("type", "object", "additionalProperties", ref(schema), "description", description);
    }
}
