package io.comptoir.app.identity;

import io.comptoir.app.web.openapi.OpenApiSection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Schemas.array;
import static io.comptoir.app.web.openapi.Schemas.int32;
import static io.comptoir.app.web.openapi.Schemas.int64;
import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.nullableRef;
import static io.comptoir.app.web.openapi.Schemas.nullableString;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.ref;
import static io.comptoir.app.web.openapi.Schemas.string;

/** {@code /api/v1/territory} in the API description. */
final class IdentityApiSection implements OpenApiSection {

    @Override
    public Map<String, String> tags() {
        return Map.of("Identity", "Who runs the marketplace, and how");
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("get", operation("getTerritory", "Identity", "Reads the territory the marketplace serves",
                "From the territory's folder (territory.json): its name, the bodies that run it, languages, currency, time zone, the "
                        + "centre of its map and the addresses of its legal pages; and what shoppers read now of what the territory's team "
                        + "changes in its back-office (/api/v1/admin/territory/settings), each value set there, else the folder's: the "
                        + "contact, the home page's texts in each language, the featured shops that are live, in order. A change shows here "
                        + "on every node within a second. Its communes are at /api/v1/communes.",
                List.of(), ok("TerritoryInfo")));
        paths.put("/api/v1/territory", get);
        schemas.put("TerritoryInfo", object("The territory the marketplace serves",
                "slug", string("The name of its folder"), "name", string("e.g. Pays de Saint-Omer"), "shortName", string("A short form"),
                "currency", string("ISO 4217 code of every price"), "timeZone", string("IANA time zone of opening hours and deadlines"),
                "languages", array(map("type", "string"), "The site's languages, the first the default"),
                "contact", ref("TerritoryContact"), "mapCentre", ref("MapCentre"),
                "intercommunalities", array(ref("RunningBody"), "The bodies that run the marketplace"),
                "legalPages", map("type", "object", "additionalProperties", map("type", "string"),
                        "description", "Address of each legal page, by its name: mentions-legales, conditions-generales, confidentialite, accessibilite"),
                "home", map("type", "object", "additionalProperties", ref("HomeWords"),
                        "description", "The home page's texts by language code (each language of the site)"),
                "featuredShops", array(ref("FeaturedShop"), "The shops the home page features, in order: those of the list that are live")));
        schemas.put("HomeWords", object("The home page's texts in one language, as shoppers read them",
                "heroTitle", string("The title"), "heroLead", string("The sentence under the title"),
                "announcement", nullableRef("Announcement")));
        schemas.put("Announcement", object("A short banner on the home page",
                "text", string("e.g. Happy Kdo Booster : jusqu'au 28 février"), "link", nullableString("Where it leads, if anywhere")));
        schemas.put("FeaturedShop", object("A shop the home page features",
                "id", int64("The shop's id"), "slug", string("Its URL name"), "name", string("Its name"), "url", string("Its page")));
        schemas.put("TerritoryContact", object("How to reach the team that runs the marketplace",
                "email", string("E-mail address"), "phone", string("Phone number, may be empty"), "address", string("Postal address, may be empty")));
        schemas.put("MapCentre", object("Where a map of the shops is centred",
                "latitude", map("type", "number", "description", "Degrees north"), "longitude", map("type", "number", "description", "Degrees east"),
                "zoom", int32("Zoom level, 1 (the world) to 19 (a street)")));
        schemas.put("RunningBody", object("A body that runs the marketplace",
                "code", string("Short code"), "name", string("Full name"), "siren", string("SIREN number")));
    }
}
