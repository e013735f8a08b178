package io.comptoir.app.catalogue;

import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.asset.ImageVariant;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Makes the {@link Picture} of a stored image: the addresses of its sizes when the image pipeline made them. Whether
 * it did is asked of the asset store once per picture (a key names the same bytes forever) and remembered.
 */
public final class PictureSources {
    /** Pictures remembered at most; the memory is emptied when full (a few lookups again, nothing wrong). */
    private static final int REMEMBERED = 20_000;

    private final AssetStore assets;
    private final Map<String, Boolean> hasSizes = new ConcurrentHashMap<>();

    public PictureSources(AssetStore assets) {
        this.assets = requireNonNull(assets, "assets is null");
    }

    public Picture of(Image image) {
        return of(image.assetKey(), image.altText());
    }

    public Picture of(String key, String alt) {
        requireNonNull(key, "key is null");
        requireNonNull(alt, "alt is null");
        String large = Paths.asset(key);
        if (!hasSizes(key)) {
            return new Picture(large, "", "", large, alt);
        }
        return new Picture(Paths.asset(ImageVariant.CARD.key(key, ImageVariant.JPEG)), srcset(key, ImageVariant.WEBP),
                srcset(key, ImageVariant.JPEG), large, alt);
    }

    private boolean hasSizes(String key) {
        Boolean known = hasSizes.get(key);
        if (known != null) {
            return known;
        }
        boolean found;
        try {
            found = assets.get(ImageVariant.THUMBNAIL.key(key, ImageVariant.WEBP)).isPresent();
        }
        catch (RuntimeException e) {
            found = false; // a key some other store made, which derives no variant keys
        }
        if (hasSizes.size() >= REMEMBERED) {
            hasSizes.clear();
        }
        hasSizes.put(key, found);
        return found;
    }

    private static String srcset(String key, String format) {
        return Stream.of(ImageVariant.values())
                .map(variant -> Paths.asset(variant.key(key, format)) + " " + variant.width() + "w")
                .collect(Collectors.joining(", "));
    }
}
