package io.comptoir.mail.smtp;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Where and how to send: the SMTP server, its protection, the account to authenticate with (optional: a local relay
 * may not ask for one), the sender address of every message, and how long to wait for the server before an attempt
 * fails (the relay retries it later).
 *
 * @param from the {@code From} address, with or without a display name, e.g. {@code "Achetez en Pays de Saint-Omer <noreply@example.fr>"}
 */
public record SmtpSettings(String host, int port, SmtpSecurity security, Optional<String> username, Optional<String> password,
                           String from, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        requireNonNull(host, "host is null");
        requireNonNull(security, "security is null");
        requireNonNull(username, "username is null");
        requireNonNull(password, "password is null");
        requireNonNull(from, "from is null");
        requireNonNull(timeout, "timeout is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535: " + port);
        }
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("a username goes with a password");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Without authentication, with the default timeout. */
    public static SmtpSettings of(String host, int port, SmtpSecurity security, String from) {
        return new SmtpSettings(host, port, security, Optional.empty(), Optional.empty(), from, DEFAULT_TIMEOUT);
    }

    /** The same, authenticating as {@code username}. */
    public SmtpSettings withLogin(String username, String password) {
        return new SmtpSettings(host, port, security, Optional.of(username), Optional.of(password), from, timeout);
    }

    /** Whether {@code text} is one mailbox as a {@code From} header takes it: {@code a@b.fr} or {@code Name <a@b.fr>}. */
    public static boolean isMailbox(String text) {
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            return address.getAddress().indexOf('@') > 0;
        }
        catch (AddressException e) {
            return false;
        }
    }

    /** Leaves the password out. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security.configName() + username.map(user -> ", as " + user).orElse("")
                + ", from " + from + "]";
    }
}
