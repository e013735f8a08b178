package io.comptoir.app.identity;

import io.comptoir.app.territory.LegalPage;
import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.SiteContact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * {@code GET /api/v1/territory}: who runs the marketplace, its languages, currency, time zone, map centre, legal pages —
 * from its folder — and what shoppers read now of what the back-office may change: the contact, the home page's texts in
 * each language, the featured shops that are live.
 */
final class TerritoryInfoApi {
    private final TerritoryContent content;
    private final PageFactory pages;
    private final Links links;

    TerritoryInfoApi(TerritoryContent content, PageFactory pages, Links links) {
        this.content = requireNonNull(content, "content is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.links = requireNonNull(links, "links is null");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/territory", this::territory, AccessRole.ANYONE);
    }

    private void territory(Context ctx) {
        TerritoryFolder territory = content.folder();
        TerritoryFolder.Identity identity = territory.identity();
        TerritorySettings settings = content.settings();
        Map<String, String> legal = new LinkedHashMap<>();
        for (LegalPage page : territory.legalPages()) {
            legal.put(page.kind().slug(), links.to("/" + page.kind().slug()));
        }
        Map<String, Home> home = new LinkedHashMap<>();
        for (Language language : identity.languages()) {
            TerritoryContent.HomeWords words = content.home(settings, pages.texts(language));
            home.put(language.code(), new Home(words.heroTitle(), words.heroLead(), words.announcement()
                    .map(announcement -> new Announcement(announcement.text(), announcement.link().map(this::absolute).orElse(null)))
                    .orElse(null)));
        }
        SiteContact contact = content.contact(settings);
        ctx.json(new TerritoryJson(territory.slug(), identity.name(), identity.shortName(), identity.currency().getCurrencyCode(),
                identity.timeZone().getId(), identity.languages().stream().map(Language::code).toList(),
                new Contact(contact.email(), contact.phone(), contact.address()),
                new MapCentre(identity.mapCentre().latitude(), identity.mapCentre().longitude(), identity.mapCentre().zoom()),
                territory.bodies().stream().map(body -> new Body(body.code(), body.name(), body.sirenCode())).toList(), legal, home,
                content.featuredShops(settings).stream().map(this::shop).toList()));
    }

    private String absolute(String link) {
        return link.startsWith("/") ? links.to(link) : link;
    }

    private FeaturedShop shop(Merchant shop) {
        return new FeaturedShop(shop.id().value(), shop.slug(), shop.name(), links.to(Paths.shop(shop.id(), shop.slug())));
    }

    record TerritoryJson(String slug, String name, String shortName, String currency, String timeZone, List<String> languages,
                         Contact contact, MapCentre mapCentre, List<Body> intercommunalities, Map<String, String> legalPages,
                         Map<String, Home> home, List<FeaturedShop> featuredShops) {
    }

    record Contact(String email, String phone, String address) {
    }

    record MapCentre(double latitude, double longitude, int zoom) {
    }

    record Body(String code, String name, String siren) {
    }

    record Home(String heroTitle, String heroLead, Announcement announcement) {
    }

    record Announcement(String text, String link) {
    }

    record FeaturedShop(long id, String slug, String name, String url) {
    }
}
