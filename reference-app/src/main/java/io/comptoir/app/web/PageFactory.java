package io.comptoir.app.web;

import io.comptoir.app.auth.Viewer;
import io.comptoir.engine.api.cart.Cart;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/** Makes the {@link Page} of a request (once: the language choice may set a cookie) and renders templates with it. */
public final class PageFactory {
    private static final String ATTRIBUTE = PageFactory.class.getName();

    private final LanguageSelector languages;
    private final StaticResources statics;
    private final String baseUrl;
    private final Function<Context, Optional<Cart>> carts;

    public PageFactory(LanguageSelector languages, StaticResources statics, String baseUrl) {
        this(languages, statics, baseUrl, ctx -> Optional.empty());
    }

    /** @param carts the visitor's cart of a request, shown in the header of every page */
    public PageFactory(LanguageSelector languages, StaticResources statics, String baseUrl, Function<Context, Optional<Cart>> carts) {
        this.carts = requireNonNull(carts, "carts is null");
        this.languages = requireNonNull(languages, "languages is null");
        this.statics = requireNonNull(statics, "statics is null");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
    }

    public Page page(Context ctx) {
        Page existing = ctx.attribute(ATTRIBUTE);
        if (existing != null) {
            return existing;
        }
        Page page = new Page(new Localizer(languages.select(ctx)), ctx.path(), ctx.queryParamMap(), statics, baseUrl, viewer(ctx),
                () -> carts.apply(ctx));
        ctx.attribute(ATTRIBUTE, page);
        return page;
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

    /** Renders {@code template} (e.g. {@code "home.jte"}), whose single parameter is named {@code view}. */
    public static void render(Context ctx, String template, Object view) {
        ctx.header("Vary", "Accept-Language, Cookie");
        ctx.render(template, Map.of("view", view));
        ctx.contentType("text/html; charset=utf-8");
    }
}
