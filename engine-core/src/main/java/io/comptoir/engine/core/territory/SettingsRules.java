package io.comptoir.engine.core.territory;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.territory.HomeTexts;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.comptoir.plugin.kit.EmailAddresses;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the values of the territory's settings may be, checked before anything is read or written: each refusal is an
 * {@link InvalidInputException} naming the field as {@link TerritorySettings#fields()} does, with a code saying why.
 * The featured shops are checked against the database by {@link TerritorySettingsStore}.
 */
final class SettingsRules {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()\\-]*");
    private static final int MIN_PHONE_DIGITS = 6;
    private static final int MAX_PHONE_DIGITS = 15;

    private SettingsRules() {
    }

    static void check(TerritorySettings settings) {
        for (String language : new TreeSet<>(settings.homeTexts().keySet())) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidInputException("home." + language, "invalid_language",
                        "home texts are given by ISO 639-1 language code, two lower-case letters, got '" + language + "'");
            }
            HomeTexts texts = settings.homeTexts(language);
            line(TerritorySettings.homeField(language, "heroTitle"), texts.heroTitle(), HomeTexts.MAX_HERO_TITLE);
            line(TerritorySettings.homeField(language, "heroLead"), texts.heroLead(), HomeTexts.MAX_HERO_LEAD);
            line(TerritorySettings.homeField(language, "announcement"), texts.announcement(), HomeTexts.MAX_ANNOUNCEMENT);
            String linkField = TerritorySettings.homeField(language, "announcementLink");
            line(linkField, texts.announcementLink(), HomeTexts.MAX_LINK);
            if (texts.announcementLink().isPresent()) {
                if (texts.announcement().isEmpty()) {
                    throw new InvalidInputException(linkField, "link_without_announcement", linkField + " needs an announcement to link from");
                }
                link(linkField, texts.announcementLink().get());
            }
        }
        TerritoryContact contact = settings.contact();
        line("contact.email", contact.email(), TerritoryContact.MAX_EMAIL);
        if (contact.email().isPresent() && !EmailAddresses.isAddress(contact.email().get())) {
            throw new InvalidInputException("contact.email", "invalid_email", "contact.email must be an e-mail address, got '" + contact.email().get() + "'");
        }
        line("contact.phone", contact.phone(), TerritoryContact.MAX_PHONE);
        contact.phone().ifPresent(SettingsRules::phone);
        line("contact.address", contact.address(), TerritoryContact.MAX_ADDRESS);
    }

    /** At most {@code max} characters on one line, without control characters. */
    private static void line(String field, Optional<String> value, int max) {
        if (value.isEmpty()) {
            return;
        }
        String text = value.get();
        if (text.length() > max) {
            throw new InvalidInputException(field, "text_too_long", field + " is longer than " + max + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "invalid_text", field + " must be one line, without control characters");
        }
    }

    private static void phone(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone).matches() || digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) {
            throw new InvalidInputException("contact.phone", "invalid_phone", "contact.phone must be a phone number (" + MIN_PHONE_DIGITS
                    + " to " + MAX_PHONE_DIGITS + " digits, spaces, dots, dashes, brackets, a leading +), got '" + phone + "'");
        }
    }

    /** An http(s) address with a host, or a path of the site: where a banner may lead. */
    private static void link(String field, String text) {
        try {
            URI uri = new URI(text);
            boolean web = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null && text.startsWith("/") && !text.startsWith("//");
            if (web || local) {
                return;
            }
        }
        catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException(field, "invalid_link", field + " must be an http(s) address or a path of the site starting with /, got '"
                + text + "'");
    }
}
