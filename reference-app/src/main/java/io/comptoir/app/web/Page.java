package io.comptoir.app.web;

import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.money.Money;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * What every template knows about the request: the language and its texts, the current address (for the
 * language switch and navigation), and the site's static files. Templates read texts with {@code page.t("key")}.
 */
public final class Page {
    private final Localizer i18n;
    private final String path;
    private final Map<String, List<String>> query;
    private final StaticResources statics;
    private final String baseUrl;
    private final Viewer viewer;
    private final Supplier<Optional<Cart>> cart;
    private final List<SiteLink> links;
    private final SiteLook look;
    private final ZoneId zone;
    private final Supplier<SiteContact> contact;
    private Optional<Cart> cartRead;
    private SiteContact contactRead;

    /**
     * @param cart the visitor's cart, read (once) when the page shows it
     * @param links the shopper site's menu and footer links
     * @param look the territory's logo, colours, languages and footer links
     * @param zone the marketplace's time zone, in which dates and times are shown
     * @param contact the marketplace team's contact, read (once) when the page shows it
     */
    public Page(Localizer i18n, String path, Map<String, List<String>> query, StaticResources statics, String baseUrl, Viewer viewer,
                Supplier<Optional<Cart>> cart, List<SiteLink> links, SiteLook look, ZoneId zone, Supplier<SiteContact> contact) {
        this.cart = requireNonNull(cart, "cart is null");
        this.i18n = requireNonNull(i18n, "i18n is null");
        this.path = requireNonNull(path, "path is null");
        this.query = Map.copyOf(requireNonNull(query, "query is null"));
        this.statics = requireNonNull(statics, "statics is null");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
        this.viewer = requireNonNull(viewer, "viewer is null");
        this.links = List.copyOf(requireNonNull(links, "links is null"));
        this.look = requireNonNull(look, "look is null");
        this.zone = requireNonNull(zone, "zone is null");
        this.contact = requireNonNull(contact, "contact is null");
    }

    /** The territory's logo, colours and footer links. */
    public SiteLook look() {
        return look;
    }

    /** The marketplace's time zone (the territory's): dates and times on pages are read in it. */
    public ZoneId zone() {
        return zone;
    }

    /** How to reach the marketplace's team, for the footer. */
    public SiteContact contact() {
        if (contactRead == null) {
            contactRead = contact.get();
        }
        return contactRead;
    }

    /** Who is looking: the signed-in account, if any, for the menu and the forms. */
    public Viewer viewer() {
        return viewer;
    }

    /** The visitor's cart as it stands, if they have one: for the header's count and the notices of what changed. */
    public Optional<Cart> cart() {
        if (cartRead == null) {
            cartRead = cart.get();
        }
        return cartRead;
    }

    /** Units in the visitor's cart. */
    public int cartCount() {
        return cart().map(Cart::itemCount).orElse(0);
    }

    /** The hidden field every form that changes something must carry: {@code <input type="hidden" name="_csrf" value="...">}. */
    public String csrfToken() {
        return viewer.csrfToken();
    }

    public Localizer i18n() {
        return i18n;
    }

    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }

    public String plural(String key, long count) {
        return i18n.plural(key, count);
    }

    public String money(Money money) {
        return i18n.money(money);
    }

    public String number(long value) {
        return i18n.number(value);
    }

    /** The language code for {@code <html lang>}. */
    public String lang() {
        return i18n.language().code();
    }

    public String path() {
        return path;
    }

    /** The first value of a query parameter of the current address, or an empty text. */
    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public String staticUrl(String file) {
        return statics.url(file);
    }

    /** The absolute address of a path when the public URL is known, for canonical links and structured data. */
    public String absolute(String path) {
        return baseUrl + path;
    }

    /** Whether the current page belongs to the section at {@code prefix}, for {@code aria-current} in the menu. */
    public boolean inSection(String prefix) {
        return prefix.equals("/") ? path.equals("/") : path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** The other languages the territory offers the page in. */
    public List<Language> otherLanguages() {
        return look.languages().stream().filter(language -> language != i18n.language()).toList();
    }

    /** The label of a footer link in the page's language. */
    public String label(SiteLook.Link link) {
        return link.label(i18n.language());
    }

    /** The current address in another language. */
    public String languageUrl(Language language) {
        StringJoiner joiner = new StringJoiner("&", path + "?", "");
        query.forEach((name, values) -> {
            if (!name.equals(LanguageSelector.PARAMETER)) {
                values.forEach(value -> joiner.add(Paths.encodeQuery(name) + "=" + Paths.encodeQuery(value)));
            }
        });
        joiner.add(LanguageSelector.PARAMETER + "=" + language.code());
        return joiner.toString();
    }

    /** The name of a language in itself ("Français", "English"), for the language switch. */
    public String languageName(Language language) {
        return i18n.in(language).t("language.name");
    }

    /** The links of the header menu this visitor sees, in order. */
    public List<SiteLink> menu() {
        return links(SiteLink.Place.MENU);
    }

    /** The links of the footer this visitor sees, in order. */
    public List<SiteLink> footer() {
        return links(SiteLink.Place.FOOTER);
    }

    /** Whether the link leads to the section of the current page, for {@code aria-current}. */
    public boolean current(SiteLink link) {
        return link.sections().stream().anyMatch(this::inSection);
    }

    /** The back-offices this visitor works in (a shop's, the territory's...), in order: empty for a shopper. */
    public List<SiteLink> backOffices() {
        return links(SiteLink.Place.BACK_OFFICE);
    }

    private List<SiteLink> links(SiteLink.Place place) {
        return SiteLink.of(links, place, viewer.routeRoles());
    }
}
