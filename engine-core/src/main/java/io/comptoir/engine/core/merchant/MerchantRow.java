package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A row of {@code merchant}. */
public record MerchantRow(
        long id, String slug, String name, String legalId, String trade, String description,
        String street, String postalCode, String communeInsee, String email, String phone, String website,
        String openingHours, String status, boolean featured, String photoKey, String photoAlt,
        Instant createdAt, Instant updatedAt) {

    Merchant toMerchant(List<CategoryId> categories) {
        Optional<Image> photo = photoKey == null ? Optional.empty() : Optional.of(new Image(photoKey, photoAlt));
        return new Merchant(new MerchantId(id), slug, name, legalId, trade, description,
                new Address(street, postalCode, communeInsee), new Contact(email, phone, website),
                OpeningHours.parse(openingHours), categories, MerchantStatus.valueOf(status), featured, photo,
                createdAt, updatedAt);
    }
}
