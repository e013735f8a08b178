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
import io.comptoir.training.api.Certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Lays out a certificate on one A4 landscape page with the PDF standard fonts (Helvetica, in the Windows-1252 encoding
 * that covers French), so no font file is needed and the text can be searched and read aloud.
 */
final class CertificateRenderer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);

    private CertificateRenderer() {
    }

    static byte[] render(Certificate certificate, String issuer) {
        try {
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 72, 72, 60, 50);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
            document.addTitle("Attestation de formation — " + certificate.courseTitle());
            document.addAuthor(issuer);
            document.open();
            document.add(centred(issuer.toUpperCase(Locale.FRANCE), new Font(bold, 11, Font.NORMAL, ACCENT), 0));
            document.add(centred("Attestation de formation", new Font(bold, 30, Font.NORMAL, INK), 28));
            document.add(new Chunk(new LineSeparator(1f, 40f, ACCENT, Element.ALIGN_CENTER, -6f)));
            document.add(centred("Nous attestons que", new Font(regular, 14, Font.NORMAL, INK), 30));
            document.add(centred(certificate.personName(), new Font(bold, 24, Font.NORMAL, INK), 10));
            document.add(centred("de la boutique « " + certificate.shopName() + " »", new Font(regular, 15, Font.NORMAL, INK), 8));
            document.add(centred("a suivi avec succès le parcours de formation", new Font(regular, 14, Font.NORMAL, INK), 22));
            document.add(centred("« " + certificate.courseTitle() + " »", new Font(bold, 20, Font.NORMAL, ACCENT), 8));
            document.add(centred(String.join(" · ", certificate.modules()), new Font(regular, 10, Font.NORMAL, INK), 12));
            document.add(centred("Parcours terminé le " + DAY.format(certificate.completedOn()), new Font(regular, 13, Font.NORMAL, INK), 26));
            document.add(centred("Référence " + certificate.reference() + " — délivrée le " + DAY.format(certificate.completedOn()),
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
