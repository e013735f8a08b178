package io.comptoir.engine.core.asset;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.asset.ImageVariant;
import io.comptoir.engine.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload pipeline against ordinary and hostile files: wrong type, decompression bomb, oversize, EXIF with GPS. */
class ImagePipelineTest {

    @TempDir
    Path directory;

    @Test
    void storesEverySizeAsWebPAndJpegWithoutEnlargingAndKeepsTheAltText() throws IOException {
        LocalDirectoryAssetStore store = new LocalDirectoryAssetStore(directory);
        Image image = new ImagePipeline(store).upload(png(2000, 1500, true), "  Tarte au sucre sur un plat bleu ", "Tarte au sucre.png");

        assertThat(image.altText()).isEqualTo("Tarte au sucre sur un plat bleu");
        assertThat(image.assetKey()).endsWith("-tarte-au-sucre.jpg");
        assertThat(dimensions(store, image.assetKey())).containsExactly(1200, 900);
        for (ImageVariant variant : ImageVariant.values()) {
            int width = variant.width();
            int height = width * 3 / 4;
            assertThat(dimensions(store, variant.key(image.assetKey(), ImageVariant.WEBP))).as(variant + " webp").containsExactly(width, height);
            assertThat(dimensions(store, variant.key(image.assetKey(), ImageVariant.JPEG))).as(variant + " jpeg").containsExactly(width, height);
            assertThat(store.get(variant.key(image.assetKey(), ImageVariant.WEBP)).orElseThrow().contentType()).isEqualTo("image/webp");
        }

        Image small = new ImagePipeline(store).upload(jpeg(300, 200), "Un petit bouquet", "bouquet");
        assertThat(dimensions(store, small.assetKey())).as("never enlarged").containsExactly(300, 200);
        assertThat(dimensions(store, ImageVariant.THUMBNAIL.key(small.assetKey(), ImageVariant.WEBP))).containsExactly(160, 107);

        store.delete(image.assetKey());
        assertThat(store.get(ImageVariant.CARD.key(image.assetKey(), ImageVariant.WEBP))).as("variants deleted with the picture").isEmpty();
    }

    @Test
    void readsTheTypeFromTheBytesNotFromTheName() throws IOException {
        LocalDirectoryAssetStore store = new LocalDirectoryAssetStore(directory);
        Image fromWebP = new ImagePipeline(store).upload(ImagePipeline.webp(solid(640, 480)), "Une bougie", "bougie.jpg");
        assertThat(dimensions(store, fromWebP.assetKey())).containsExactly(640, 480);

        for (byte[] notAPicture : List.of("%PDF-1.7\n1 0 obj <<>> endobj".getBytes(StandardCharsets.US_ASCII),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "GIF89a........".getBytes(StandardCharsets.US_ASCII))) {
            assertRefused(notAPicture, "content", "not a JPEG, PNG or WebP");
        }
        byte[] damaged = Arrays.copyOf(png(400, 300, false), 60);
        assertRefused(damaged, "content", "damaged");
    }

    @Test
    void refusesADecompressionBombFromItsHeaderBeforeDecodingIt() {
        // 50 000 × 50 000 pixels declared in 100 bytes: decoding it would take 10 GB
        long start = System.nanoTime();
        assertRefused(pngDeclaring(50_000, 50_000), "content", "50000 × 50000 pixels (2500.0 megapixels)");
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused from the header, in ms").isLessThan(2_000);
        assertRefused(pngDeclaring(20_000, 10), "content", "pixels a side");
    }

    @Test
    void refusesAFileOverTheWeightLimitAndAPictureWithoutAltText() throws IOException {
        byte[] huge = new byte[ImagePipeline.MAX_BYTES + 1];
        System.arraycopy(png(10, 10, false), 0, huge, 0, 8);
        assertThatThrownBy(() -> new ImagePipeline(new LocalDirectoryAssetStore(directory)).upload(huge, "Grosse photo", "x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 10.0 MB")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("content"));
        for (String alt : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> new ImagePipeline(new LocalDirectoryAssetStore(directory)).upload(jpeg(50, 50), alt, "x"))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("altText"));
        }
        assertThat(stored()).as("nothing stored for a refused picture").isEmpty();
    }

    @Test
    void dropsExifAndItsGpsPositionFromEveryStoredFile() throws IOException {
        LocalDirectoryAssetStore store = new LocalDirectoryAssetStore(directory);
        byte[] photo = withExif(jpeg(800, 600), "GPSLatitude 50.7500 N GPSLongitude 2.2500 E Pixel 9");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif").contains("GPSLatitude");

        new ImagePipeline(store).upload(photo, "La vitrine de la boutique", "vitrine");

        List<Path> files = stored();
        assertThat(files).hasSize(6);
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(file.getFileName().toString()).doesNotContain("GPSLatitude").doesNotContain("Exif").doesNotContain("Pixel 9");
        }
    }

    private void assertRefused(byte[] content, String field, String message) {
        LocalDirectoryAssetStore store = new LocalDirectoryAssetStore(directory);
        assertThatThrownBy(() -> new ImagePipeline(store).upload(content, "Une photo", "photo"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains(field));
    }

    private List<Path> stored() throws IOException {
        try (var files = Files.list(directory)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static int[] dimensions(LocalDirectoryAssetStore store, String key) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(store.get(key).orElseThrow(() -> new AssertionError("no " + key)).content()));
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static BufferedImage solid(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xE8A33D));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0x2B4C7E));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    private static byte[] jpeg(int width, int height) {
        return ImagePipeline.jpeg(solid(width, height));
    }

    private static byte[] png(int width, int height, boolean alpha) throws IOException {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.drawImage(solid(width, height), 0, 0, null);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A PNG whose header declares these dimensions, followed by a few bytes of (invalid) pixel data. */
    private static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        chunk(bytes, "IHDR", header);
        chunk(bytes, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0, 0, 0, 1, 0, 1});
        chunk(bytes, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] crcBytes = new byte[4];
        putInt(crcBytes, 0, (int) crc.getValue());
        out.writeBytes(crcBytes);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }

    /** The JPEG with an APP1 EXIF segment right after its start marker, holding this text as a camera would. */
    private static byte[] withExif(byte[] jpeg, String text) {
        byte[] payload = ("Exif\0\0MM\0*\0\0\0\u0008" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >>> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
