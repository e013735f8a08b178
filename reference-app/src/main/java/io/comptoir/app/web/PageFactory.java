package io.comptoir.app.web;

import io.comptoir.engine.api.cart.Cart;
import io.javalin.http.Context;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/** Makes the {@link Page} of a request (once: the language choice may set a cookie) and renders templates with it. */
public final class PageFactory {
    private static final String ATTRIBUTE = PageFactory.class.getName();

    private final Messages messages;
    private final List<SiteLink> links;
    private final LanguageSelector languages;
    private final StaticResources statics;
    private final String baseUrl;
    private final SiteLook look;
    private final ZoneId zone;
    private final Supplier<SiteContact> contact;
    private final Function<Context, Optional<Cart>> carts;

    /**
     * @param links the shopper site's menu and footer links, of every feature
     * @param look the territory's languages, logo, colours and footer links
     * @param zone the marketplace's time zone, in which pages show dates and times
     * @param contact the marketplace team's contact as it stands, shown in the footer of every page
     * @param carts the visitor's cart of a request, shown in the header of every page
     */
    public PageFactory(Messages messages, List<SiteLink> links, SiteLook look, ZoneId zone, Supplier<SiteContact> contact,
            StaticResources statics,
                       String baseUrl, boolean secureCookies, Function<Context, Optional<Cart>> carts) {
        this.messages = requireNonNull(messages, "messages is null");
        this.links = requireNonNull(links, "links is null").stream().sorted(Comparator.comparingInt(SiteLink::order)).toList();
        this.carts = requireNonNull(carts, "carts is null");
        this.look = requireNonNull(look, "look is null");
        this.zone = requireNonNull(zone, "zone is null");
        this.contact = requireNonNull(contact, "contact is null");
        this.languages = new LanguageSelector(secureCookies, look.languages());
        this.statics = requireNonNull(statics, "statics is null");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
    }

    public Page page(Context ctx) {
        Page existing = ctx.attribute(ATTRIBUTE);
        if (existing != null) {
            return existing;
        }
        Page page = new Page(messages.in(languages.select(ctx)), ctx.path(), ctx.queryParamMap(), statics, baseUrl, viewer(ctx),
                () -> carts.apply(ctx), links, look, zone, contact);
        ctx.attribute(ATTRIBUTE, page);
        return page;
    }

    /** The marketplace's time zone, in which pages show dates and times. */
    public ZoneId zone() {
        return zone;
    }

    /** The site's texts in a language, whatever the request's (a page or an answer that shows several). */
    public Localizer texts(Language language) {
        return messages.in(language);
    }

    /** The back-offices an account with these route roles works in, in order (where it lands after signing in). */
    public List<SiteLink> backOfficesFor(Set<AccessRole> granted) {
        return SiteLink.of(links, SiteLink.Place.BACK_OFFICE, granted);
    }

    /** The request's viewer; anonymous when authentication did not run (error pages of unmatched requests). */
    private static Viewer viewer(Context ctx) {
        try {
            return Viewer.of(ctx);
        }
        catch (IllegalStateException e) {
            return Viewer.anonymous(() -> "");
        }
    }

    /** Renders {@code template} (e.g. {@code "catalogue/home.jte"}), whose single parameter is named {@code view}. */
    public static void render(Context ctx, String template, Object view) {
        ctx.header("Vary", "Accept-Language, Cookie");
        ctx.render(template, Map.of("view", view));
        ctx.contentType("text/html; charset=utf-8");
    }
}
