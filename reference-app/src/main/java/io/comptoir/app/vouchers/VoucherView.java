package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/**
 * A voucher as the admin sees it.
 *
 * @param code masked, except right after a reissue (the new code, to hand to the holder)
 */
public record VoucherView(VoucherFrame vf, long id, String code, boolean fullCode, String programme, String programmeUrl, String face,
                          String balance, Badge status, String deadline, List<Event> history, boolean blockable, boolean reissuable,
                          String blockUrl, String reissueUrl) {
    public VoucherView {
        history = List.copyOf(history);
    }

    public record Event(String at, String text, String url) {
    }
}
