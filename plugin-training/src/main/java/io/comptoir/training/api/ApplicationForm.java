package io.comptoir.training.api;

import static java.util.Objects.requireNonNull;

/**
 * The public "join the marketplace" form.
 *
 * @param siret the establishment's SIRET, 14 digits (spaces allowed) whose Luhn key is valid
 * @param trade what the shop does, in its words ("Boulangerie-pâtisserie")
 * @param communeInsee the INSEE code of a commune of the territory
 * @param contactName the person who will run the shop's account
 * @param contactEmail where the decision is sent, and the sign-in of the shop's first staff account
 * @param message anything the shop wants to tell the territory (may be empty)
 */
public record ApplicationForm(String shopName, String siret, String trade, String street, String postalCode, String communeInsee,
                              String contactName, String contactEmail, String contactPhone, String message) {
    public ApplicationForm {
        requireNonNull(shopName, "shopName is null");
        requireNonNull(siret, "siret is null");
        requireNonNull(trade, "trade is null");
        requireNonNull(street, "street is null");
        requireNonNull(postalCode, "postalCode is null");
        requireNonNull(communeInsee, "communeInsee is null");
        requireNonNull(contactName, "contactName is null");
        requireNonNull(contactEmail, "contactEmail is null");
        requireNonNull(contactPhone, "contactPhone is null");
        requireNonNull(message, "message is null");
    }
}
