package io.comptoir.app.web;

import io.comptoir.engine.api.money.Money;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The UI texts of one language, from the site's {@link Messages}, and the formatting of numbers and money in it. A
 * missing key shows as {@code ??key??} rather than failing the page, and a test checks that none is missing.
 */
public final class Localizer {
    private final Language language;
    private final Messages messages;

    Localizer(Language language, Messages messages) {
        this.language = requireNonNull(language, "language is null");
        this.messages = requireNonNull(messages, "messages is null");
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The same texts in another language. */
    public Localizer in(Language other) {
        return messages.in(other);
    }

    public boolean has(String key) {
        return messages.text(language, key) != null;
    }

    /** The text of {@code key}; with arguments, a {@link MessageFormat} pattern ({@code {0}}, {@code {1,number}}...). */
    public String t(String key, Object... args) {
        String text = args.length == 0 ? messages.text(language, key) : messages.format(language, key, args);
        return text == null ? "??" + key + "??" : text;
    }

    /** Chooses between {@code key.one} and {@code key.other} by count (French says "0 produit"), formatting the count in. */
    public String plural(String key, long count) {
        boolean one = language == Language.FR ? count <= 1 : count == 1;
        return t(one ? key + ".one" : key + ".other", count);
    }

    public String money(Money money) {
        return money.format(locale());
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public String dayName(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, locale());
        return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }
}
