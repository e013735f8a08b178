package io.comptoir.app.web.backoffice;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An entry of a back-office's side navigation.
 *
 * @param count a number worth the user's attention (orders to accept), shown beside the label
 */
public record NavLink(String label, String url, boolean current, Optional<String> count) {
    public NavLink {
        requireNonNull(label, "label is null");
        requireNonNull(url, "url is null");
        requireNonNull(count, "count is null");
    }
}
