package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.engine.core.validation.Texts;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.Siret;
import io.comptoir.engine.core.catalogue.CategoryDao;
import io.comptoir.engine.core.territory.TerritoryDao;
import io.comptoir.plugin.kit.EmailAddresses;
import org.jdbi.v3.core.Handle;

import java.util.HashSet;
import java.util.regex.Pattern;

/** Checks a shop's profile before it is stored; names the first field at fault. */
final class MerchantProfileValidator {
    private static final Pattern PHONE = Pattern.compile("[0-9+ ().-]{6,40}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private MerchantProfileValidator() {
    }

    static void validate(MerchantProfile profile, Handle handle) {
        Texts.require("name", profile.name(), 1, 200);
        if (!Siret.isValid(profile.legalId())) {
            throw InvalidInputException.invalid("legalId", "not a valid SIRET number (14 digits with a valid check key)");
        }
        Texts.require("trade", profile.trade(), 1, 200);
        Texts.require("description", profile.description(), 0, 4000);
        Texts.require("street", profile.address().street(), 1, 300);
        if (!POSTAL_CODE.matcher(profile.address().postalCode()).matches()) {
            throw InvalidInputException.invalid("postalCode", "a French postal code has 5 digits");
        }
        if (Daos.of(handle, TerritoryDao.class).commune(profile.address().communeInsee()).isEmpty()) {
            throw InvalidInputException.invalid("communeInsee", "no commune " + profile.address().communeInsee() + " in the territory");
        }
        String email = profile.contact().email();
        if (!email.isEmpty() && !EmailAddresses.isAddress(email)) {
            throw InvalidInputException.invalid("email", "not an e-mail address");
        }
        String phone = profile.contact().phone();
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw InvalidInputException.invalid("phone", "not a phone number");
        }
        String website = profile.contact().website();
        if (!website.isEmpty() && (website.length() > 300 || !website.matches("https?://[^\\s]+"))) {
            throw InvalidInputException.invalid("website", "a website starts with http:// or https://");
        }
        if (profile.openingHours().toText().length() > 1000) {
            throw InvalidInputException.invalid("openingHours", "opening hours are too long");
        }
        if (profile.categories().size() > 20 || new HashSet<>(profile.categories()).size() != profile.categories().size()) {
            throw InvalidInputException.invalid("categories", "at most 20 distinct categories");
        }
        CategoryDao categories = Daos.of(handle, CategoryDao.class);
        for (CategoryId category : profile.categories()) {
            if (categories.find(category.value()).isEmpty()) {
                throw InvalidInputException.invalid("categories", "no category " + category);
            }
        }
        profile.photo().ifPresent(photo -> {
            Texts.require("photo", photo.assetKey(), 1, 300);
            Texts.require("photoAlt", photo.altText(), 1, 300);
        });
    }

}
