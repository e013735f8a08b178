package io.comptoir.app.web;

import static java.util.Objects.requireNonNull;

/**
 * How people reach the team that runs the marketplace, as every page's footer shows it.
 *
 * @param phone may be empty
 * @param address the postal address on one line; may be empty
 */
public record SiteContact(String email, String phone, String address) {
    public SiteContact {
        requireNonNull(email, "email is null");
        requireNonNull(phone, "phone is null");
        requireNonNull(address, "address is null");
    }

    /** The phone number as a {@code tel:} address: its digits and a leading +. */
    public String phoneLink() {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
