package io.comptoir.app.admin;

import io.comptoir.app.backoffice.Badge;

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
