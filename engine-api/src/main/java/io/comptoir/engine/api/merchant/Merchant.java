package io.comptoir.engine.api.merchant;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.CategoryId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A shop of the marketplace.
 *
 * @param slug URL-friendly unique name, e.g. {@code boulangerie-du-marche-saint-omer}
 * @param legalId the SIRET number (14 digits) of the business
 * @param trade the kind of shop in the shop's words, e.g. "Boulangerie-pâtisserie"
 * @param categories the catalogue categories the shop sells in (used to browse shops)
 * @param featured whether the territory's communication campaign features the shop on the home page
 * @param photo the shop's picture, if any
 */
public record Merchant(
        MerchantId id,
        String slug,
        String name,
        String legalId,
        String trade,
        String description,
        Address address,
        Contact contact,
        OpeningHours openingHours,
        List<CategoryId> categories,
        MerchantStatus status,
        boolean featured,
        Optional<Image> photo,
        Instant createdAt,
        Instant updatedAt) {

    public Merchant {
        requireNonNull(id, "id is null");
        requireNonNull(slug, "slug is null");
        requireNonNull(name, "name is null");
        requireNonNull(legalId, "legalId is null");
        requireNonNull(trade, "trade is null");
        requireNonNull(description, "description is null");
        requireNonNull(address, "address is null");
        requireNonNull(contact, "contact is null");
        requireNonNull(openingHours, "openingHours is null");
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
        requireNonNull(status, "status is null");
        requireNonNull(photo, "photo is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }

    /** Whether shoppers may see the shop and its products. */
    public boolean isVisibleToShoppers() {
        return status == MerchantStatus.LIVE;
    }
}
