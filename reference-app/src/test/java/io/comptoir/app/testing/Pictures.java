package io.comptoir.app.testing;

import java.util.Arrays;
import java.util.Base64;

/** Files to upload: real small pictures, and things that are not pictures. */
public final class Pictures {
    /** A 1×1 PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    /** A real 24×16 JPEG (the image pipeline decodes what it takes). */
    public static final byte[] JPEG = jpeg(24, 16);
    public static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    public static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private Pictures() {
    }

    /** A JPEG of that size in pixels, a gradient. */
    public static byte[] jpeg(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x60);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", out);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG-looking file of exactly that many bytes. */
    public static byte[] pngOfSize(int size) {
        byte[] bytes = Arrays.copyOf(PNG, size);
        Arrays.fill(bytes, PNG.length, size, (byte) 7);
        return bytes;
    }
}
