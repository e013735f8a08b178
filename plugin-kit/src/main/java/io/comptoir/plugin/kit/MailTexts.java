package io.comptoir.plugin.kit;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import static java.util.Objects.requireNonNull;

/**
 * The texts of a kind of mail (or printed document) in the reader's language, from a message bundle: {@code name.properties}
 * holds the French (the territory's language, and the fallback), {@code name_en.properties} the English. The bundle is
 * looked up without the JVM's default locale, so that a server running in English does not send French readers English
 * mail. Used by the engine and the plugins alike.
 */
public final class MailTexts {
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final ClassLoader loader;

    /** @param owner a class beside the bundle, whose class loader finds it */
    public MailTexts(String bundle, Class<?> owner) {
        this.bundle = requireNonNull(bundle, "bundle is null");
        this.loader = requireNonNull(owner, "owner is null").getClassLoader();
    }

    /** The text of {@code key} in {@code language}, a {@link MessageFormat} pattern filled with {@code arguments}. */
    public String format(Locale language, String key, Object... arguments) {
        Locale locale = formatting(language);
        return new MessageFormat(ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK).getString(key), locale)
                .format(arguments);
    }

    /** How numbers, dates and money are written for readers of {@code language}: France's French, else British English. */
    public static Locale formatting(Locale language) {
        return "en".equals(language.getLanguage()) ? Locale.UK : Locale.FRANCE;
    }

    /** The language of the account at that address, French for an address without an account (a guest, a shop's contact). */
    public static Locale languageOf(AccountDirectory accounts, String email) {
        return languageOf(accounts, email, Account.DEFAULT_LANGUAGE);
    }

    /** The language of the account at that address, else {@code otherwise} (e.g. the one a form was filled in). */
    public static Locale languageOf(AccountDirectory accounts, String email, Locale otherwise) {
        requireNonNull(otherwise, "otherwise is null");
        return accounts.accountByEmail(email).map(Account::language).orElse(otherwise);
    }
}
