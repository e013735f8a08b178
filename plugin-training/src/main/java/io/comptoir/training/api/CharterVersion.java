package io.comptoir.training.api;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * One version of the territory's charter, the commitments a shop accepts to sell on the marketplace.
 *
 * @param body Markdown
 * @param html the body rendered safely: put it in a page as is
 */
public record CharterVersion(int version, String title, String body, String html, Instant publishedAt) {
    public CharterVersion {
        requireNonNull(title, "title is null");
        requireNonNull(body, "body is null");
        requireNonNull(html, "html is null");
        requireNonNull(publishedAt, "publishedAt is null");
    }
}
