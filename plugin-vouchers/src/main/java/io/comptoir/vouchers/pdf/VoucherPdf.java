package io.comptoir.vouchers.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Printable vouchers (OpenPDF): A6 pages, one voucher each, for a sale's printer; A4 sheets of four, with cut lines,
 * for pre-printed stock. Each voucher shows its programme, value, code, QR code and validity.
 */
public final class VoucherPdf {
    private static final int QR_PIXELS = 300;

    private VoucherPdf() {
    }

    /** One A6 page per voucher. */
    public static byte[] a6(List<PrintedVoucher> vouchers) {
        if (vouchers.isEmpty()) {
            throw new IllegalArgumentException("nothing to print");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 20, 20, 20, 20);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(vouchers.get(0).programmeName());
            document.open();
            for (int i = 0; i < vouchers.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                for (Element element : content(vouchers.get(i), 110)) {
                    document.add(element);
                }
            }
        }
        catch (DocumentException e) {
            throw new IllegalStateException("cannot write the vouchers' PDF", e);
        }
        finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** A4 sheets of four A6 vouchers (two by two), bordered for cutting. */
    public static byte[] sheets(List<PrintedVoucher> vouchers) {
        if (vouchers.isEmpty()) {
            throw new IllegalArgumentException("nothing to print");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            float cellHeight = PageSize.A4.getHeight() / 2;
            for (int start = 0; start < vouchers.size(); start += 4) {
                if (start > 0) {
                    document.newPage();
                }
                PdfPTable table = new PdfPTable(2);
                table.setWidthPercentage(100);
                for (int i = start; i < start + 4; i++) {
                    PdfPCell cell = new PdfPCell();
                    cell.setFixedHeight(cellHeight);
                    cell.setBorder(Rectangle.BOX);
                    cell.setBorderWidth(0.25f);
                    cell.setPadding(24);
                    if (i < vouchers.size()) {
                        for (Element element : content(vouchers.get(i), 120)) {
                            cell.addElement(element);
                        }
                    }
                    table.addCell(cell);
                }
                document.add(table);
            }
        }
        catch (DocumentException e) {
            throw new IllegalStateException("cannot write the stock sheets' PDF", e);
        }
        finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static List<Element> content(PrintedVoucher voucher, float qrSize) {
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font value = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 26);
        Font code = FontFactory.getFont(FontFactory.COURIER_BOLD, 13);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 6.5f);
        Image qr;
        try {
            qr = Image.getInstance(QrCodes.png(voucher.code(), QR_PIXELS));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the QR code image", e);
        }
        qr.scaleAbsolute(qrSize, qrSize);
        qr.setAlignment(Image.ALIGN_CENTER);
        qr.setAlt(voucher.qrAlt());
        List<Element> elements = new java.util.ArrayList<>();
        elements.add(centred(voucher.programmeName(), title));
        elements.add(centred(voucher.faceValue(), value));
        elements.add(qr);
        elements.add(centred(voucher.code(), code));
        elements.add(centred(voucher.validity(), text));
        voucher.soldBy().ifPresent(soldBy -> elements.add(centred(soldBy, text)));
        voucher.serial().ifPresent(serial -> elements.add(centred(serial, text)));
        elements.add(centred(voucher.terms(), small));
        return elements;
    }

    private static Paragraph centred(String content, Font font) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }
}
