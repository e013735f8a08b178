package io.comptoir.app.catalogue;

import static java.util.Objects.requireNonNull;

/**
 * A picture as a page offers it: the sizes the image pipeline made, as WebP for the browsers that take it and as JPEG
 * for the others ({@code <picture>} with a WebP {@code <source>}), so that a phone loads the card size and a wide
 * screen the large one. A picture stored before the pipeline existed has one file only: both {@code srcset}s are empty
 * and {@code src} is that file.
 *
 * @param src the file for browsers without {@code srcset}: the card JPEG, or the only file
 * @param webpSrcset the WebP sizes with their widths, empty when there are none
 * @param jpegSrcset the JPEG sizes with their widths, empty when there are none
 * @param largeSrc the largest file, for structured data and a link to the picture
 * @param alt what it shows, in words
 */
public record Picture(String src, String webpSrcset, String jpegSrcset, String largeSrc, String alt) {

    public Picture {
        requireNonNull(src, "src is null");
        requireNonNull(webpSrcset, "webpSrcset is null");
        requireNonNull(jpegSrcset, "jpegSrcset is null");
        requireNonNull(largeSrc, "largeSrc is null");
        requireNonNull(alt, "alt is null");
    }

    public boolean hasSizes() {
        return !webpSrcset.isEmpty();
    }
}
