package io.comptoir.app.feature;

import java.io.InputStream;

/** The demo data a feature's plugin loads from a file of the territory's seeds, after the base seeds. */
public interface DemoSeed {

    /** The file in the seeds folder, e.g. {@code vouchers.json}. */
    String file();

    /** Whether the plugin holds nothing yet: only then are its seeds loaded. */
    boolean isEmpty();

    /**
     * Loads the file.
     *
     * @param password the demo accounts' password
     * @return what was loaded, for the log
     */
    String load(InputStream seeds, String password);
}
