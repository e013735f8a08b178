package io.comptoir.app.web.backoffice;

import static java.util.Objects.requireNonNull;

/**
 * A status shown as a coloured label; the colour repeats the words, never replaces them.
 *
 * @param tone one of {@code success}, {@code warning}, {@code info}, {@code danger}, {@code muted}
 */
public record Badge(String label, String tone) {
    public Badge {
        requireNonNull(label, "label is null");
        requireNonNull(tone, "tone is null");
    }

    public String cssClass() {
        return "bo-badge bo-badge--" + tone;
    }
}
