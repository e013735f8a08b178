package io.comptoir.engine.api.asset;

import static java.util.Objects.requireNonNull;

/**
 * A picture shown to shoppers: the key of its bytes in the {@link AssetStore} and its alternative text
 * (read aloud by screen readers, so it describes the picture; never empty).
 */
public record Image(String assetKey, String altText) {
    public Image {
        requireNonNull(assetKey, "assetKey is null");
        requireNonNull(altText, "altText is null");
        if (assetKey.isBlank()) {
            throw new IllegalArgumentException("assetKey is blank");
        }
        if (altText.isBlank()) {
            throw new IllegalArgumentException("altText is blank");
        }
    }
}
