package io.comptoir.vouchers.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.comptoir.vouchers.api.VoucherCode;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

final class PrintTest {

    @Test
    void theQrCodeDecodesToTheVoucherCode() throws Exception {
        String code = VoucherCode.random(new Random(1)).grouped();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(code, 300)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);

        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText()).isEqualTo(code);
    }

    @Test
    void anA6PageShowsTheProgrammeTheValueTheCodeAndTheDeadline() throws Exception {
        PrintedVoucher voucher = voucher(VoucherCode.random(new Random(2)).grouped());

        byte[] pdf = VoucherPdf.a6(List.of(voucher, voucher(VoucherCode.random(new Random(3)).grouped())));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(297.6f, org.assertj.core.data.Offset.offset(1f));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains(voucher.code()).contains("Happy Kdo Booster").contains("Valable jusqu'au 28/02/2027 inclus")
                .contains("Tabac de la Place");
    }

    @Test
    void stockSheetsPutFourVouchersOnEachA4Page() throws Exception {
        List<PrintedVoucher> vouchers = IntStream.range(0, 9).mapToObj(i -> voucher(VoucherCode.random(new Random(i)).grouped())).toList();

        PdfReader reader = new PdfReader(VoucherPdf.sheets(vouchers));

        assertThat(reader.getNumberOfPages()).isEqualTo(3);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains(vouchers.get(0).code()).contains(vouchers.get(3).code()).doesNotContain(vouchers.get(4).code());
    }

    private static PrintedVoucher voucher(String code) {
        return new PrintedVoucher("Happy Kdo Booster", "12,00 €", code, "Valable jusqu'au 28/02/2027 inclus",
                Optional.of("Vendu par Tabac de la Place, Saint-Omer"), Optional.empty(), "Ni repris, ni échangé.", "QR code du bon " + code);
    }
}
