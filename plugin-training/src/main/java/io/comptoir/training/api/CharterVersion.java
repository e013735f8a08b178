package io.comptoir.training.api;

import io.comptoir.training.course.SafeMarkdown;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** One version of the territory's charter, the commitments a shop accepts to sell on the marketplace. */
public record CharterVersion(int version, String title, String body, Instant publishedAt) {
    public CharterVersion {
        requireNonNull(title, "title is null");
        requireNonNull(body, "body is null");
        requireNonNull(publishedAt, "publishedAt is null");
    }

    /** The body (Markdown) rendered safely. */
    public String html() {
        return SafeMarkdown.toHtml(body);
    }
}
