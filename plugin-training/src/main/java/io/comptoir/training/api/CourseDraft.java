package io.comptoir.training.api;

import static java.util.Objects.requireNonNull;

/**
 * A course as an admin writes it.
 *
 * @param title 1 to 200 characters
 * @param summary up to 2 000 characters
 * @param required every shop must complete it to go live; a required course must be published
 * @param position order among courses, 0 or more
 */
public record CourseDraft(String title, String summary, boolean required, boolean published, int position) {
    public CourseDraft {
        requireNonNull(title, "title is null");
        requireNonNull(summary, "summary is null");
    }
}
