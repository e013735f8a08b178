package io.comptoir.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the language of a page: {@code ?lang=en|fr} (remembered in a cookie for a year), else the cookie, else
 * the browser's Accept-Language, else French.
 */
public final class LanguageSelector {
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final boolean secureCookies;

    public LanguageSelector(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    public Language select(Context ctx) {
        Optional<Language> asked = Language.fromCode(ctx.queryParam(PARAMETER));
        if (asked.isPresent()) {
            ctx.cookie(new Cookie(COOKIE, asked.get().code(), "/", ONE_YEAR, secureCookies, true, null, SameSite.LAX));
            return asked.get();
        }
        return Language.fromCode(ctx.cookie(COOKIE)).or(() -> fromAcceptLanguage(ctx)).orElse(Language.FR);
    }

    private static Optional<Language> fromAcceptLanguage(Context ctx) {
        if (ctx.header("Accept-Language") == null) {
            return Optional.empty();
        }
        for (Locale locale : Collections.list(ctx.req().getLocales())) {
            Optional<Language> language = Language.fromCode(locale.getLanguage());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
