package io.comptoir.training.application;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Siret;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.support.Emails;
import io.comptoir.training.support.Texts;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Checks the public form; names the first field at fault. Its rules are at least as strict as those of the engine's
 * shops and accounts, so an accepted application can always be approved.
 */
final class ApplicationFormValidator {
    private final Territory territory;

    ApplicationFormValidator(Territory territory) {
        this.territory = requireNonNull(territory, "territory is null");
    }

    /** @return the form cleaned: texts stripped, SIRET without spaces, e-mail in lower case */
    ApplicationForm validate(ApplicationForm form) {
        requireNonNull(form, "form is null");
        String shopName = Texts.line("shopName", form.shopName(), 1, 200);
        String siret = form.siret().replaceAll("[\\s.]", "");
        if (!Siret.isValid(siret)) {
            throw InvalidInputException.invalid("siret", "a SIRET has 14 digits and a valid check key");
        }
        String trade = Texts.line("trade", form.trade(), 1, 200);
        String street = Texts.line("street", form.street(), 1, 300);
        String postalCode = form.postalCode().strip();
        if (!postalCode.matches("[0-9]{5}")) {
            throw InvalidInputException.invalid("postalCode", "a French postal code has 5 digits");
        }
        String commune = form.communeInsee().strip();
        if (commune.isEmpty() || commune.length() > 5 || territory.commune(commune).isEmpty()) {
            throw InvalidInputException.invalid("communeInsee", "choose a commune of the territory");
        }
        String contactName = Texts.line("contactName", form.contactName(), 1, 100);
        String email = Emails.require("contactEmail", form.contactEmail());
        String phone = form.contactPhone().strip();
        if (!phone.matches("[0-9+ ().-]{6,40}") || phone.chars().filter(Character::isDigit).count() < 6) {
            throw InvalidInputException.invalid("contactPhone", "a phone number has at least 6 digits");
        }
        String message = Texts.block("message", form.message(), 0, 2000);
        return new ApplicationForm(shopName, siret, trade, street, postalCode, commune, contactName, email, phone, message);
    }

    /** The language an application is written in: a bare ISO 639 code such as {@code fr} or {@code en}, as an account's. */
    static Locale language(Locale language) {
        requireNonNull(language, "language is null");
        if (!language.getLanguage().matches("[a-z]{2,3}") || !language.getCountry().isEmpty() || !language.getScript().isEmpty()
                || !language.getVariant().isEmpty()) {
            throw InvalidInputException.invalid("language", "a language is a bare ISO 639 code such as fr or en");
        }
        return language;
    }
}
