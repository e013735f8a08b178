package io.comptoir.engine.core.persistence;

import java.text.Normalizer;
import java.util.Locale;

/** URL-friendly names: "Café & Thé de l'Aa" becomes {@code cafe-the-de-l-aa}. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String slugify(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "n-a" : slug;
    }
}
