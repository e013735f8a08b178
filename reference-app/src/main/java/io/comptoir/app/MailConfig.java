package io.comptoir.app;

import io.comptoir.mail.smtp.SmtpSecurity;
import io.comptoir.mail.smtp.SmtpSettings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SMTP server mails leave through, read from {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_SECURITY},
 * {@code SMTP_USERNAME}, {@code SMTP_PASSWORD} and {@code MAIL_FROM} (see {@link AppConfig}). Without {@code SMTP_HOST}
 * there is none, and mails are only kept in the outbox; any of the others without it is an error, so that a typo in
 * the host's variable name does not silently leave every mail unsent.
 */
final class MailConfig {
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1");

    private MailConfig() {
    }

    static Optional<SmtpSettings> read(Map<String, String> env, List<String> problems) {
        Optional<String> host = AppConfig.value(env, "SMTP_HOST");
        Optional<String> port = AppConfig.value(env, "SMTP_PORT");
        Optional<String> securityName = AppConfig.value(env, "SMTP_SECURITY");
        Optional<String> username = AppConfig.value(env, "SMTP_USERNAME");
        Optional<String> password = Optional.ofNullable(env.get("SMTP_PASSWORD")).filter(text -> !text.isEmpty());
        Optional<String> from = AppConfig.value(env, "MAIL_FROM");
        if (host.isEmpty()) {
            for (String name : List.of("SMTP_PORT", "SMTP_SECURITY", "SMTP_USERNAME", "SMTP_PASSWORD", "MAIL_FROM")) {
                if (AppConfig.value(env, name).isPresent()) {
                    problems.add(name + " is set but SMTP_HOST is not: set SMTP_HOST to send mail, or leave out every SMTP_ variable and MAIL_FROM");
                }
            }
            return Optional.empty();
        }
        int before = problems.size();
        if (!host.get().matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
            problems.add("SMTP_HOST must be a host name or IP address, e.g. smtp.example.org (no scheme, no port), got '" + host.get() + "'");
        }
        SmtpSecurity security = securityName.isEmpty() ? SmtpSecurity.STARTTLS : SmtpSecurity.fromName(securityName.get()).orElseGet(() -> {
            problems.add("SMTP_SECURITY must be 'none', 'starttls' or 'tls', got '" + securityName.get() + "'");
            return SmtpSecurity.STARTTLS;
        });
        int portNumber = AppConfig.number(port, "SMTP_PORT", "", 1, 65_535, problems).orElse(security.defaultPort());
        if (username.isPresent() != password.isPresent()) {
            problems.add(username.isPresent() ? "SMTP_USERNAME is set without SMTP_PASSWORD" : "SMTP_PASSWORD is set without SMTP_USERNAME");
        }
        if (password.isPresent() && security == SmtpSecurity.NONE && !LOCAL_HOSTS.contains(host.get().toLowerCase(Locale.ROOT))) {
            problems.add("SMTP_SECURITY=none would send SMTP_PASSWORD in clear to " + host.get() + ": use 'starttls' or 'tls'");
        }
        if (from.isEmpty()) {
            problems.add("MAIL_FROM is required with SMTP_HOST: the sender of every mail, e.g. 'Marché du Pays <ne-pas-repondre@example.fr>'");
        }
        else if (!SmtpSettings.isMailbox(from.get())) {
            problems.add("MAIL_FROM must be one address, e.g. ne-pas-repondre@example.fr or 'Marché <ne-pas-repondre@example.fr>', got '"
                    + from.get() + "'");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        SmtpSettings settings = SmtpSettings.of(host.get(), portNumber, security, from.get());
        return Optional.of(username.isPresent() ? settings.withLogin(username.get(), password.get()) : settings);
    }
}
