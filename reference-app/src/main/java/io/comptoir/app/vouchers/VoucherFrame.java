package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;

import java.util.List;
import java.util.Optional;

/** The back-office frame of a vouchers page and the tabs of the vouchers part. */
public record VoucherFrame(BackOfficeFrame frame, List<Tab> tabs) {
    public VoucherFrame {
        tabs = List.copyOf(tabs);
    }

    public record Tab(String label, String url, boolean current) {
    }

    public Page page() {
        return frame.page();
    }

    public VoucherFrame withNotice(Optional<Notice> notice) {
        return new VoucherFrame(frame.withNotice(notice), tabs);
    }
}
