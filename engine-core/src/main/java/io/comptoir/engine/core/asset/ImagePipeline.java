package io.comptoir.engine.core.asset;

import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.asset.ImageUploads;
import io.comptoir.engine.api.asset.ImageVariant;
import io.comptoir.engine.api.error.InvalidInputException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Every picture a shop uploads goes through here before it is stored: what it is, is read from its bytes (not from
 * its name or the type the browser claims): JPEG, PNG or WebP, nothing else (an SVG may carry scripts); its weight
 * and its dimensions are checked against limits <em>before</em> its pixels are decoded, from the header alone, so a
 * decompression bomb (a small file declaring a huge picture) is refused without the memory it would take; it is
 * then decoded and encoded again, which leaves every metadata block (EXIF with the GPS position of the shop's
 * phone, XMP, comments) behind; and it is stored in each {@link ImageVariant} size as WebP and as JPEG. Alternative
 * text is required: a picture without one is refused.
 *
 * <p>WebP is written by {@code com.github.usefulness:webp-imageio} (Google's libwebp, shipped inside the jar for
 * Linux, macOS and Windows). A picture with transparency is put on white for JPEG, which has none.
 */
public final class ImagePipeline implements ImageUploads {

    /** The heaviest upload accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most pixels a picture may declare: 40 megapixels (a phone's photo is 12 to 50), decoded in 160 MB at most. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The longest side accepted, in pixels. */
    public static final int MAX_SIDE = 12_000;
    /** The longest alternative text accepted. */
    public static final int MAX_ALT_TEXT = 250;

    private static final float WEBP_QUALITY = 0.80f;
    private static final float JPEG_QUALITY = 0.85f;

    private final AssetStore store;

    public ImagePipeline(AssetStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** What the bytes are, by their first bytes. */
    enum Format {
        JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        static Optional<Format> sniff(byte[] bytes) {
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
                return Optional.of(JPEG);
            }
            if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                    && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
                return Optional.of(PNG);
            }
            if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                    && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
                return Optional.of(WEBP);
            }
            return Optional.empty();
        }
    }

    @Override
    public Image upload(byte[] content, String altText, String suggestedName) {
        requireNonNull(content, "content is null");
        requireNonNull(suggestedName, "suggestedName is null");
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw InvalidInputException.invalid("altText", "describe the picture for people who cannot see it (alternative text)");
        }
        if (alt.length() > MAX_ALT_TEXT) {
            throw InvalidInputException.invalid("altText", "the alternative text is at most " + MAX_ALT_TEXT + " characters");
        }
        if (content.length == 0) {
            throw InvalidInputException.invalid("content", "the picture is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("content", "too_large", "the picture weighs " + megabytes(content.length)
                    + " MB; at most " + megabytes(MAX_BYTES) + " MB");
        }
        Format format = Format.sniff(content).orElseThrow(() -> InvalidInputException.invalid("content",
                "the file is not a JPEG, PNG or WebP picture"));
        BufferedImage decoded = decode(content, format);
        String key = store.put(suggestedName, "image/jpeg", jpeg(opaque(resize(decoded, ImageVariant.LARGE.width()))));
        try {
            for (ImageVariant variant : ImageVariant.values()) {
                BufferedImage resized = resize(decoded, variant.width());
                store.putVariant(variant.key(key, ImageVariant.WEBP), "image/webp", webp(resized));
                if (variant != ImageVariant.LARGE) {
                    store.putVariant(variant.key(key, ImageVariant.JPEG), "image/jpeg", jpeg(opaque(resized)));
                }
            }
        }
        catch (RuntimeException e) {
            store.delete(key);
            throw e;
        }
        return new Image(key, alt);
    }

    /** Reads the header's dimensions, refuses what is too large, then decodes the pixels. */
    static BufferedImage decode(byte[] content, Format format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.contentType);
            if (!readers.hasNext()) {
                throw new IllegalStateException("no image reader for " + format.contentType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw InvalidInputException.invalid("content", "the picture declares no size");
                }
                if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                    throw new InvalidInputException("content", "too_many_pixels", String.format(Locale.ROOT,
                            "the picture is %d × %d pixels (%.1f megapixels); at most %d megapixels and %d pixels a side",
                            width, height, width * height / 1e6, MAX_PIXELS / 1_000_000, MAX_SIDE));
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw InvalidInputException.invalid("content", "the picture cannot be read");
                }
                return image;
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.invalid("content", "the picture is damaged and cannot be read");
        }
    }

    /** The picture no wider and no higher than {@code side}, proportions kept; never enlarged. */
    static BufferedImage resize(BufferedImage image, int side) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) side / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        int type = hasAlpha(image) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = image;
        // halve step by step while far too large: one bilinear step from far away aliases
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, type);
        }
        return current.getWidth() == targetWidth && current.getHeight() == targetHeight && current.getType() == type
                ? current : draw(current, targetWidth, targetHeight, type);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        }
        finally {
            graphics.dispose();
        }
        return target;
    }

    private static boolean hasAlpha(BufferedImage image) {
        return image.getColorModel().hasAlpha();
    }

    /** The picture itself when it has no transparency, else on white. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!hasAlpha(image)) {
            return image;
        }
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        }
        finally {
            graphics.dispose();
        }
        return opaque;
    }

    static byte[] jpeg(BufferedImage image) {
        return encode(image, "image/jpeg", JPEG_QUALITY, null);
    }

    static byte[] webp(BufferedImage image) {
        return encode(image, "image/webp", WEBP_QUALITY, "Lossy");
    }

    /** Encodes without metadata: ImageIO writes only what it is given, and it is given pixels alone. */
    private static byte[] encode(BufferedImage image, String contentType, float quality, String compressionType) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(contentType);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no image writer for " + contentType);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            if (compressionType != null) {
                param.setCompressionType(compressionType);
            }
            param.setCompressionQuality(quality);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot encode a picture as " + contentType, e);
        }
        finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
