package io.comptoir.engine.api.merchant;

import static java.util.Objects.requireNonNull;

/** How shoppers reach a shop; any part may be empty. */
public record Contact(String email, String phone, String website) {
    public static final Contact NONE = new Contact("", "", "");

    public Contact {
        requireNonNull(email, "email is null");
        requireNonNull(phone, "phone is null");
        requireNonNull(website, "website is null");
    }
}
