package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The mail the marketplace sent, newest first, as the admin's outbox. Secrets in them (password reset links, any long
 * token) are masked: the admin sees that a link was sent, not the link, so reading the outbox never gives access to an
 * account.
 */
public record MailView(BackOfficeFrame frame, List<Message> messages) {
    static final int SHOWN = 100;
    private static final Pattern TOKEN = Pattern.compile("(?<=[=/#:])[A-Za-z0-9_-]{20,}");

    public MailView {
        messages = List.copyOf(messages);
    }

    public record Message(String sentAt, String sentAtIso, String to, String subject, String kind, String body) {
    }

    static String mask(String text) {
        return TOKEN.matcher(text).replaceAll("••••••••");
    }
}
