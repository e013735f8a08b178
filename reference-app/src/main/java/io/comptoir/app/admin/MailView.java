package io.comptoir.app.admin;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.engine.api.mail.MailStatus;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The mail the marketplace sent, newest first, as the admin's outbox. Secrets in them (password reset links, any long
 * token) are masked: the admin sees that a link was sent, not the link, so reading the outbox never gives access to an
 * account.
 *
 * @param transport how mail leaves (the SMTP server), empty when it is only kept
 */
public record MailView(BackOfficeFrame frame, Optional<String> transport, List<Tab> tabs, List<Message> messages) {
    static final int SHOWN = 100;
    private static final Pattern TOKEN = Pattern.compile("(?<=[=/#:])[A-Za-z0-9_-]{20,}");

    public MailView {
        tabs = List.copyOf(tabs);
        messages = List.copyOf(messages);
    }

    /** A status filter, with how many messages are in it. */
    public record Tab(String label, long count, String url, boolean current) {
    }

    /** @param retryUrl where to post to send it again, for a failed message */
    public record Message(long id, String sentAt, String sentAtIso, String to, String subject, String kind, String body, Badge status,
                          int attempts, String lastError, Optional<String> retryUrl) {
    }

    static String mask(String text) {
        return TOKEN.matcher(text).replaceAll("••••••••");
    }

    static Badge badge(Page page, MailStatus status) {
        String tone = switch (status) {
            case SENT -> "success";
            case PENDING -> "warning";
            case FAILED -> "danger";
            case KEPT -> "muted";
        };
        return new Badge(page.t("bo.admin.mail.status." + status.name()), tone);
    }
}
