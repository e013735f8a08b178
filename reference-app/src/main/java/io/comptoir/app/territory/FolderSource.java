package io.comptoir.app.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A folder of files read by name: a territory's folder and its {@code demo/} data, on disk or packaged in the
 * application jar (the shipped territories are, so the jar runs from anywhere).
 */
public interface FolderSource {

    /** Opens a file by its name in the folder, e.g. {@code territory.json} or {@code legal/cgv.md}. */
    InputStream open(String file) throws IOException;

    /** Whether the folder holds the file. */
    boolean has(String file);

    /** Where the file is, for a reader that takes an address (the search index's synonyms); empty when absent. */
    Optional<URL> url(String file);

    /** The folder within this one, e.g. {@code demo}. */
    FolderSource folder(String name);

    /** The folder as people read it in a message, e.g. {@code territories/pays-de-saint-omer}. */
    String describe();

    /** The whole file as text (UTF-8). */
    default String text(String file) throws IOException {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static FolderSource directory(Path directory) {
        requireNonNull(directory, "directory is null");
        if (!Files.isDirectory(directory)) {
            throw new UncheckedIOException(new IOException("no folder " + directory.toAbsolutePath()));
        }
        return new FolderSource() {
            @Override
            public InputStream open(String file) throws IOException {
                return Files.newInputStream(directory.resolve(file));
            }

            @Override
            public boolean has(String file) {
                return Files.isRegularFile(directory.resolve(file));
            }

            @Override
            public Optional<URL> url(String file) {
                if (!has(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(directory.resolve(file).toUri().toURL());
                }
                catch (MalformedURLException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public FolderSource folder(String name) {
                return directory(directory.resolve(name));
            }

            @Override
            public String describe() {
                return directory.toString();
            }
        };
    }

    /** A folder packaged under {@code /<path>/} in the class path, e.g. {@code territories/pays-de-saint-omer}. */
    static FolderSource classpath(String path) {
        requireNonNull(path, "path is null");
        String prefix = "/" + path.replaceAll("^/+|/+$", "") + "/";
        return new FolderSource() {
            @Override
            public InputStream open(String file) throws IOException {
                InputStream stream = FolderSource.class.getResourceAsStream(prefix + file);
                if (stream == null) {
                    throw new java.io.FileNotFoundException("no file " + prefix + file + " in the class path");
                }
                return stream;
            }

            @Override
            public boolean has(String file) {
                return FolderSource.class.getResource(prefix + file) != null;
            }

            @Override
            public Optional<URL> url(String file) {
                return Optional.ofNullable(FolderSource.class.getResource(prefix + file));
            }

            @Override
            public FolderSource folder(String name) {
                return classpath(prefix + name);
            }

            @Override
            public String describe() {
                return prefix.substring(1, prefix.length() - 1);
            }
        };
    }
}
