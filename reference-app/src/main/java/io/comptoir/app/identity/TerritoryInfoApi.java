package io.comptoir.app.identity;

import io.comptoir.app.territory.LegalPage;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.Links;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** {@code GET /api/v1/territory}: who runs the marketplace, its languages, currency, time zone, map centre, legal pages. */
final class TerritoryInfoApi {
    private final TerritoryJson json;

    TerritoryInfoApi(TerritoryFolder territory, Links links) {
        this.json = TerritoryJson.of(requireNonNull(territory, "territory is null"), requireNonNull(links, "links is null"));
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/territory", this::territory, AccessRole.ANYONE);
    }

    private void territory(Context ctx) {
        ctx.json(json);
    }

    record TerritoryJson(String slug, String name, String shortName, String currency, String timeZone, List<String> languages,
                         Contact contact, MapCentre mapCentre, List<Body> intercommunalities, Map<String, String> legalPages) {
        static TerritoryJson of(TerritoryFolder territory, Links links) {
            TerritoryFolder.Identity identity = territory.identity();
            Map<String, String> legal = new java.util.LinkedHashMap<>();
            for (LegalPage page : territory.legalPages()) {
                legal.put(page.kind().slug(), links.to("/" + page.kind().slug()));
            }
            return new TerritoryJson(territory.slug(), identity.name(), identity.shortName(), identity.currency().getCurrencyCode(),
                    identity.timeZone().getId(), identity.languages().stream().map(Language::code).toList(),
                    new Contact(identity.contact().email(), identity.contact().phone(), identity.contact().address()),
                    new MapCentre(identity.mapCentre().latitude(), identity.mapCentre().longitude(), identity.mapCentre().zoom()),
                    territory.bodies().stream().map(body -> new Body(body.code(), body.name(), body.sirenCode())).toList(), legal);
        }
    }

    record Contact(String email, String phone, String address) {
    }

    record MapCentre(double latitude, double longitude, int zoom) {
    }

    record Body(String code, String name, String siren) {
    }
}
