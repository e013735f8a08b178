package io.comptoir.engine.api.merchant;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.CategoryId;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a shop says about itself: everything of a {@link Merchant} that its staff or an applicant may write.
 * Used both to register a new shop and to update one.
 */
public record MerchantProfile(
        String name,
        String legalId,
        String trade,
        String description,
        Address address,
        Contact contact,
        OpeningHours openingHours,
        List<CategoryId> categories,
        Optional<Image> photo) {

    public MerchantProfile {
        requireNonNull(name, "name is null");
        requireNonNull(legalId, "legalId is null");
        requireNonNull(trade, "trade is null");
        requireNonNull(description, "description is null");
        requireNonNull(address, "address is null");
        requireNonNull(contact, "contact is null");
        requireNonNull(openingHours, "openingHours is null");
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
        requireNonNull(photo, "photo is null");
    }

    /** The profile of an existing merchant, to be changed with the {@code with...} methods. */
    public static MerchantProfile of(Merchant merchant) {
        return new MerchantProfile(merchant.name(), merchant.legalId(), merchant.trade(), merchant.description(),
                merchant.address(), merchant.contact(), merchant.openingHours(), merchant.categories(), merchant.photo());
    }

    public MerchantProfile withDescription(String newDescription) {
        return new MerchantProfile(name, legalId, trade, newDescription, address, contact, openingHours, categories, photo);
    }

    public MerchantProfile withOpeningHours(OpeningHours hours) {
        return new MerchantProfile(name, legalId, trade, description, address, contact, hours, categories, photo);
    }

    public MerchantProfile withPhoto(Optional<Image> newPhoto) {
        return new MerchantProfile(name, legalId, trade, description, address, contact, openingHours, categories, newPhoto);
    }

    public MerchantProfile withName(String newName) {
        return new MerchantProfile(newName, legalId, trade, description, address, contact, openingHours, categories, photo);
    }
}
