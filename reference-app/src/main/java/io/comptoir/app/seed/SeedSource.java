package io.comptoir.app.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/** Where seed files are read from: a directory on disk, or resources packaged in the application jar. */
public interface SeedSource {

    /** Opens a seed file by name, e.g. {@code merchants.json}. */
    InputStream open(String file) throws IOException;

    String describe();

    static SeedSource directory(Path directory) {
        requireNonNull(directory, "directory is null");
        if (!Files.isDirectory(directory)) {
            throw new UncheckedIOException(new IOException("no seed directory " + directory.toAbsolutePath()));
        }
        return new SeedSource() {
            @Override
            public InputStream open(String file) throws IOException {
                return Files.newInputStream(directory.resolve(file));
            }

            @Override
            public String describe() {
                return directory.toAbsolutePath().toString();
            }
        };
    }

    /** Seeds packaged under {@code /seeds/<name>/} in the class path (the demo seeds ship in the jar). */
    static SeedSource classpath(String name) {
        requireNonNull(name, "name is null");
        String prefix = "/seeds/" + name + "/";
        return new SeedSource() {
            @Override
            public InputStream open(String file) throws IOException {
                InputStream stream = SeedSource.class.getResourceAsStream(prefix + file);
                if (stream == null) {
                    throw new IOException("no seed file " + prefix + file + " in the class path");
                }
                return stream;
            }

            @Override
            public String describe() {
                return "classpath:" + prefix;
            }
        };
    }
}
