package io.comptoir.app.web.backoffice;

import io.comptoir.app.testing.Pictures;
import io.comptoir.app.web.ImageUpload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules of the back-offices that need no server. */
final class BackOfficeUnitsTest {

    @Test
    void picturesAreRecognisedByTheirFirstBytesNotTheirName() {
        assertThat(ImageUpload.sniff(Pictures.PNG)).contains("image/png");
        assertThat(ImageUpload.sniff(Pictures.JPEG)).contains("image/jpeg");
        assertThat(ImageUpload.sniff("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .contains("image/webp");
        assertThat(ImageUpload.sniff("RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ImageUpload.sniff(Pictures.GIF)).isEmpty();
        assertThat(ImageUpload.sniff(Pictures.SVG)).isEmpty();
        assertThat(ImageUpload.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8})).as("too short").isEmpty();
        assertThat(ImageUpload.sniff(new byte[0])).isEmpty();
    }
}
