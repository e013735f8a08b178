package io.comptoir.app.web;

import java.util.Locale;
import java.util.Optional;

/** The languages of the shopper site; French first, the territory's language. */
public enum Language {
    FR(Locale.FRANCE),
    EN(Locale.UK);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The bare language ({@code fr}, {@code en}), as an account keeps the language of its mail. */
    public Locale bare() {
        return Locale.forLanguageTag(code());
    }

    /** The ISO 639-1 code, as in {@code lang="fr"} and {@code ?lang=fr}. */
    public String code() {
        return locale.getLanguage();
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
