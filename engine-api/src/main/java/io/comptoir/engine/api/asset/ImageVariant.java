package io.comptoir.engine.api.asset;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The sizes a picture is served in once the engine's image pipeline has processed it, each as WebP and as JPEG (for
 * browsers without WebP). The picture's {@link Image#assetKey()} is its large JPEG; the other variants are stored
 * under keys derived from it ({@link #key}), so that a page can offer them all ({@code srcset}) from the one key a
 * product or shop keeps. A picture stored before the pipeline existed has no variants: only its key.
 */
public enum ImageVariant {
    /** Lists and suggestions. */
    THUMBNAIL(160),
    /** Result cards. */
    CARD(480),
    /** Product and shop pages. */
    LARGE(1200);

    public static final String WEBP = "webp";
    public static final String JPEG = "jpg";

    private final int width;

    ImageVariant(int width) {
        this.width = width;
    }

    /** The variant's largest width in pixels (a smaller picture is never enlarged). */
    public int width() {
        return width;
    }

    /**
     * The key of this variant, in this format ({@link #WEBP} or {@link #JPEG}), of the picture whose large JPEG is
     * stored under {@code assetKey}: {@code abc-name.jpg} gives {@code abc-name-card.webp}; the large JPEG is the key
     * itself.
     */
    public String key(String assetKey, String format) {
        requireNonNull(assetKey, "assetKey is null");
        requireNonNull(format, "format is null");
        if (!format.equals(WEBP) && !format.equals(JPEG)) {
            throw new IllegalArgumentException("format must be webp or jpg");
        }
        if (this == LARGE && format.equals(JPEG)) {
            return assetKey;
        }
        int dot = assetKey.lastIndexOf('.');
        String stem = dot < 0 ? assetKey : assetKey.substring(0, dot);
        return stem + "-" + name().toLowerCase(Locale.ROOT) + "." + format;
    }
}
