package io.comptoir.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language of a page among those the territory offers: {@code ?lang=en|fr} (remembered in a cookie for a
 * year), else the cookie, else the browser's Accept-Language, else the territory's first language.
 */
public final class LanguageSelector {
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final boolean secureCookies;
    private final List<Language> offered;

    /** @param offered the languages of the site, the first the default */
    public LanguageSelector(boolean secureCookies, List<Language> offered) {
        this.secureCookies = secureCookies;
        this.offered = List.copyOf(offered);
        if (this.offered.isEmpty()) {
            throw new IllegalArgumentException("a site offers a language at least");
        }
    }

    public Language select(Context ctx) {
        Optional<Language> asked = offer(Language.fromCode(ctx.queryParam(PARAMETER)));
        if (asked.isPresent()) {
            ctx.cookie(new Cookie(COOKIE, asked.get().code(), "/", ONE_YEAR, secureCookies, true, null, SameSite.LAX));
            return asked.get();
        }
        return offer(Language.fromCode(ctx.cookie(COOKIE))).or(() -> offer(fromAcceptLanguage(ctx))).orElse(offered.get(0));
    }

    private Optional<Language> offer(Optional<Language> language) {
        return language.filter(offered::contains);
    }

    private Optional<Language> fromAcceptLanguage(Context ctx) {
        if (ctx.header("Accept-Language") == null) {
            return Optional.empty();
        }
        for (Locale locale : Collections.list(ctx.req().getLocales())) {
            Optional<Language> language = offer(Language.fromCode(locale.getLanguage()));
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
