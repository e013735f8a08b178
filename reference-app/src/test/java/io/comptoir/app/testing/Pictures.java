package io.comptoir.app.testing;

import java.util.Arrays;
import java.util.Base64;

/** Files to upload: real small pictures, and things that are not pictures. */
public final class Pictures {
    /** A 1×1 PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    /** The start of a JPEG file (SOI, APP0 JFIF). */
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            (byte) 0xFF, (byte) 0xD9};
    public static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    public static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private Pictures() {
    }

    /** A PNG-looking file of exactly that many bytes. */
    public static byte[] pngOfSize(int size) {
        byte[] bytes = Arrays.copyOf(PNG, size);
        Arrays.fill(bytes, PNG.length, size, (byte) 7);
        return bytes;
    }
}
