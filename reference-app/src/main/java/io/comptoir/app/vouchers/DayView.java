package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/** A point of sale's day: the cash to hand over and the sales, newest first. */
public record DayView(BackOfficeFrame frame, String day, String dayIso, int vouchersSold, int vouchersCancelled, String collected,
                      String refunded, String toHandOver, List<Row> sales, String previousUrl, String nextUrl, String action) {

    public record Row(String time, String timeIso, String url, String programme, String denomination, int quantity, String paid,
                      Badge status) {
    }
}
