package io.comptoir.app.seed;

import java.net.URL;
import java.util.Optional;

/**
 * Where a territory's search synonyms come from ({@code chicons, endives}: one group a line, see
 * {@code seeds/README.md}): the one place that knows it, so that moving the list into the territory's own folder
 * changes this class only. Today: {@code synonyms.txt} of a seed directory packed in the app.
 */
public final class TerritorySynonyms {
    static final String FILE = "synonyms.txt";

    private TerritorySynonyms() {
    }

    /** The synonyms of the seed directory (e.g. {@code demo}), if it has a list. */
    public static Optional<URL> of(String seedDirectory) {
        return Optional.ofNullable(TerritorySynonyms.class.getResource("/seeds/" + seedDirectory + "/" + FILE));
    }
}
