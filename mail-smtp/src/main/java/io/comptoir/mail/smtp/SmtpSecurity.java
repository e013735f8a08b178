package io.comptoir.mail.smtp;

import java.util.Locale;
import java.util.Optional;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain text: only for a relay on the same machine or a private network (port 25). */
    NONE,
    /** Plain connection upgraded with STARTTLS, which the server must offer (submission port 587). */
    STARTTLS,
    /** TLS from the first byte, "implicit TLS" (port 465). */
    TLS;

    /** The usual port for it. */
    public int defaultPort() {
        return switch (this) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
        };
    }

    /** By its configuration name: {@code none}, {@code starttls} or {@code tls}, any case. */
    public static Optional<SmtpSecurity> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (SmtpSecurity security : values()) {
            if (security.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(security);
            }
        }
        return Optional.empty();
    }

    /** The configuration name. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
