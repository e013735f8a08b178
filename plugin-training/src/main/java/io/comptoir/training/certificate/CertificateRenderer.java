package io.comptoir.training.certificate;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import io.comptoir.plugin.kit.MailTexts;
import io.comptoir.training.api.Certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Lays out a certificate on one A4 landscape page with the PDF standard fonts (Helvetica, in the Windows-1252 encoding
 * that covers French and English), so no font file is needed and the text can be searched and read aloud; in the
 * certified person's language, from French and English bundles.
 */
final class CertificateRenderer {
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.training.certificate.certificate", CertificateRenderer.class);
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);

    private CertificateRenderer() {
    }

    /** @param bodies the territory's bodies that issue it, e.g. "CAPSO · CCPL", or empty */
    static byte[] render(Certificate certificate, String bodies, Locale language) {
        Locale formatting = MailTexts.formatting(language);
        String issuer = bodies.isEmpty() ? TEXTS.format(language, "issuer") : TEXTS.format(language, "issuer.bodies", bodies);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(TEXTS.format(language, "format.day"), formatting);
        try {
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 72, 72, 60, 50);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(TEXTS.format(language, "pdf.lang")));
            document.addTitle(TEXTS.format(language, "document.title", certificate.courseTitle()));
            document.addAuthor(issuer);
            document.open();
            document.add(centred(issuer.toUpperCase(formatting), new Font(bold, 11, Font.NORMAL, ACCENT), 0));
            document.add(centred(TEXTS.format(language, "title"), new Font(bold, 30, Font.NORMAL, INK), 28));
            document.add(new Chunk(new LineSeparator(1f, 40f, ACCENT, Element.ALIGN_CENTER, -6f)));
            document.add(centred(TEXTS.format(language, "attest"), new Font(regular, 14, Font.NORMAL, INK), 30));
            document.add(centred(certificate.personName(), new Font(bold, 24, Font.NORMAL, INK), 10));
            document.add(centred(TEXTS.format(language, "shop", certificate.shopName()), new Font(regular, 15, Font.NORMAL, INK), 8));
            document.add(centred(TEXTS.format(language, "completed"), new Font(regular, 14, Font.NORMAL, INK), 22));
            document.add(centred(TEXTS.format(language, "course", certificate.courseTitle()), new Font(bold, 20, Font.NORMAL, ACCENT), 8));
            document.add(centred(String.join(" · ", certificate.modules()), new Font(regular, 10, Font.NORMAL, INK), 12));
            document.add(centred(TEXTS.format(language, "finished", day.format(certificate.completedOn())), new Font(regular, 13, Font.NORMAL, INK), 26));
            document.add(centred(TEXTS.format(language, "reference", certificate.reference(), day.format(certificate.completedOn())),
                    new Font(regular, 8, Font.NORMAL, Color.GRAY), 40));
            document.close();
            return out.toByteArray();
        }
        catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the certificate: " + e.getMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }
}
