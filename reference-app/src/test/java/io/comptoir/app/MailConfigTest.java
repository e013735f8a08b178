package io.comptoir.app;

import io.comptoir.mail.smtp.SmtpSecurity;
import io.comptoir.mail.smtp.SmtpSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMTP variables: none means mail is only kept; a wrong one is a one-line error naming it. */
final class MailConfigTest {

    @Test
    void withoutSmtpHostMailIsOnlyKept() {
        assertThat(AppConfig.fromEnvironment(Map.of()).smtp()).isEmpty();
    }

    @Test
    void aProviderWithLoginOverStarttlsOnItsDefaultPort() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("SMTP_HOST", "smtp.example.org", "SMTP_USERNAME", "marche",
                "SMTP_PASSWORD", " secret with spaces ", "MAIL_FROM", "Marché du Pays <ne-pas-repondre@example.fr>"));
        SmtpSettings smtp = config.smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("smtp.example.org");
        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.security()).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(smtp.username()).contains("marche");
        assertThat(smtp.password()).as("a password is taken as given").contains(" secret with spaces ");
        assertThat(smtp.from()).isEqualTo("Marché du Pays <ne-pas-repondre@example.fr>");

        assertThat(AppConfig.fromEnvironment(Map.of("SMTP_HOST", "smtp.example.org", "SMTP_SECURITY", "TLS", "MAIL_FROM", "a@example.fr"))
                .smtp().map(SmtpSettings::port)).contains(465);
        assertThat(AppConfig.fromEnvironment(Map.of("SMTP_HOST", "localhost", "SMTP_SECURITY", "none", "SMTP_PORT", "2525",
                "SMTP_USERNAME", "u", "SMTP_PASSWORD", "p", "MAIL_FROM", "a@example.fr")).smtp().map(SmtpSettings::port))
                .as("a local relay may take a password in clear").isEqualTo(Optional.of(2525));
    }

    @Test
    void eachWrongSmtpVariableIsNamedOnItsOwnLine() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SMTP_HOST", "smtp://smtp.example.org", "SMTP_PORT", "99999",
                "SMTP_SECURITY", "ssl", "SMTP_USERNAME", "marche", "MAIL_FROM", "not an address")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("SMTP_HOST must be a host name")
                .hasMessageContaining("SMTP_PORT must be a number between 1 and 65535, got '99999'")
                .hasMessageContaining("SMTP_SECURITY must be 'none', 'starttls' or 'tls', got 'ssl'")
                .hasMessageContaining("SMTP_USERNAME is set without SMTP_PASSWORD")
                .hasMessageContaining("MAIL_FROM must be one address");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SMTP_HOST", "smtp.example.org")))
                .hasMessageContaining("MAIL_FROM is required with SMTP_HOST");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SMTP_HOST", "smtp.example.org", "SMTP_SECURITY", "none",
                "SMTP_USERNAME", "u", "SMTP_PASSWORD", "p", "MAIL_FROM", "a@example.fr")))
                .hasMessageContaining("SMTP_SECURITY=none would send SMTP_PASSWORD in clear to smtp.example.org");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SMTP_HOTS", "smtp.example.org", "MAIL_FROM", "a@example.fr")))
                .as("a misspelt host leaves MAIL_FROM alone, which is reported")
                .hasMessageContaining("MAIL_FROM is set but SMTP_HOST is not");
    }
}
