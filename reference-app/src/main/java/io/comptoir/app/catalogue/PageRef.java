package io.comptoir.app.catalogue;

import java.util.Optional;

/**
 * The {@code {id}-{slug}} part of a product or shop address. Only the id counts; a wrong or missing slug is
 * redirected to the canonical address.
 */
record PageRef(long id, String slug) {

    static Optional<PageRef> parse(String text) {
        int dash = text.indexOf('-');
        String digits = dash < 0 ? text : text.substring(0, dash);
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id = Long.parseLong(digits);
        return id > 0 ? Optional.of(new PageRef(id, dash < 0 ? "" : text.substring(dash + 1))) : Optional.empty();
    }
}
