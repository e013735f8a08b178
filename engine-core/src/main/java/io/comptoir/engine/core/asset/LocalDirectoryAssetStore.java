package io.comptoir.engine.core.asset;

import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.asset.ImageVariant;
import io.comptoir.engine.api.asset.StoredAsset;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.core.persistence.Slugs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The default {@link AssetStore}: files in a local directory, named {@code <random>-<name>.<ext>}. Fine for one
 * node or several sharing a network volume; otherwise plug in an object store. The directory is created when the first
 * file is stored, so an engine that never stores one leaves nothing on disk.
 */
public final class LocalDirectoryAssetStore implements AssetStore {
    public static final int MAX_SIZE = 5 * 1024 * 1024;
    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/jpeg", "jpg", "image/png", "png", "image/webp", "webp", "image/svg+xml", "svg");
    private static final Map<String, String> TYPES = Map.of(
            "jpg", "image/jpeg", "png", "image/png", "webp", "image/webp", "svg", "image/svg+xml");
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16}-[a-z0-9-]{1,60}\\.(jpg|png|webp|svg)");
    /** A variant's key: a key of this store, its extension replaced by {@code -<variant>.<webp|jpg>}. */
    private static final Pattern VARIANT_KEY = Pattern.compile("[0-9a-f]{16}-[a-z0-9-]{1,60}-(thumbnail|card|large)\\.(jpg|webp)");

    private final Path directory;
    private final SecureRandom random = new SecureRandom();

    public LocalDirectoryAssetStore(Path directory) {
        this.directory = requireNonNull(directory, "directory is null").toAbsolutePath();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String put(String suggestedName, String contentType, byte[] content) {
        requireNonNull(suggestedName, "suggestedName is null");
        requireNonNull(contentType, "contentType is null");
        requireNonNull(content, "content is null");
        String extension = EXTENSIONS.get(contentType);
        if (extension == null) {
            throw InvalidInputException.invalid("contentType", "pictures are JPEG, PNG, WebP or SVG, not " + contentType);
        }
        if (content.length == 0 || content.length > MAX_SIZE) {
            throw InvalidInputException.invalid("content", "a picture weighs between 1 byte and 5 MiB");
        }
        String stem = Slugs.slugify(suggestedName.replaceAll("\\.[A-Za-z0-9]{1,5}$", ""));
        byte[] token = new byte[8];
        random.nextBytes(token);
        String key = HexFormat.of().formatHex(token) + "-" + stem.substring(0, Math.min(stem.length(), 60)) + "." + extension;
        write(key, content);
        return key;
    }

    @Override
    public String putVariant(String variantKey, String contentType, byte[] content) {
        requireNonNull(variantKey, "variantKey is null");
        requireNonNull(content, "content is null");
        if (!VARIANT_KEY.matcher(variantKey).matches() || !contentType.equals(TYPES.get(variantKey.substring(variantKey.lastIndexOf('.') + 1)))) {
            throw new IllegalArgumentException("not a picture variant key of this store: " + variantKey);
        }
        write(variantKey, content);
        return variantKey;
    }

    private void write(String key, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".upload-", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot store asset " + key, e);
        }
    }

    private static boolean isKey(String key) {
        return key != null && (KEY.matcher(key).matches() || VARIANT_KEY.matcher(key).matches());
    }

    @Override
    public Optional<StoredAsset> get(String key) {
        if (!isKey(key)) {
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(directory.resolve(key));
            return Optional.of(new StoredAsset(key, TYPES.get(key.substring(key.lastIndexOf('.') + 1)), content));
        }
        catch (NoSuchFileException e) {
            return Optional.empty();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        if (!isKey(key)) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(key));
            if (!VARIANT_KEY.matcher(key).matches()) {
                for (ImageVariant variant : ImageVariant.values()) {
                    for (String format : List.of(ImageVariant.WEBP, ImageVariant.JPEG)) {
                        String variantKey = variant.key(key, format);
                        if (!variantKey.equals(key)) {
                            Files.deleteIfExists(directory.resolve(variantKey));
                        }
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot delete asset " + key, e);
        }
    }
}
