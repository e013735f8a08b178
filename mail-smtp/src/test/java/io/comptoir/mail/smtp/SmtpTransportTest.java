package io.comptoir.mail.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailDeliveryException;
import io.comptoir.plugin.kit.HtmlMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transport against a real SMTP server in this JVM (GreenMail), read back as a mail client would. */
final class SmtpTransportTest {
    static final String FROM = "Achetez en Pays de Saint-Omer <ne-pas-repondre@marche.example.fr>";
    static final Mail RESET = new Mail("élodie.caron@example.org".replace("é", "e"), "Réinitialisation de votre mot de passe",
            "Bonjour Élodie,\n\nÀ bientôt au marché : 12,00 € de bons d'achat — « merci ».\n", "password_reset");

    private GreenMail server;

    @BeforeEach
    void startServer() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private SmtpSettings settings() {
        return SmtpSettings.of("127.0.0.1", server.getSmtp().getPort(), SmtpSecurity.NONE, FROM);
    }

    @Test
    void aMessageArrivesWithItsRecipientSubjectAndAccentedBodyInUtf8() throws Exception {
        new SmtpTransport(settings()).deliver(RESET);

        assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Réinitialisation de votre mot de passe");
        assertThat(GreenMailUtil.getAddressList(received.getAllRecipients())).isEqualTo("elodie.caron@example.org");
        assertThat(received.getFrom()[0].toString()).contains("ne-pas-repondre@marche.example.fr", "Achetez en Pays de Saint-Omer");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n").strip()).isEqualTo(RESET.body().strip());
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(received.getHeader("Subject")[0]).as("encoded for 7-bit transport").startsWith("=?UTF-8?");
    }

    @Test
    void aMessageWithAnHtmlRenderingArrivesAsTextThenHtmlAlternativesSayingTheSameInUtf8() throws Exception {
        String link = "https://marche.example.fr/reinitialiser-mot-de-passe?jeton=Zx8_kP-2q&x=1";
        String text = "Bonjour Élodie,\n\nVotre bon d'achat « Happy Kdo » de 12,00 € : code 7KQ2-M9XA-3B4T.\n- Ouvrez ce lien : " + link
                + "\n\nÀ bientôt <au marché> & merci !\n";
        Mail mail = HtmlMail.of("elodie.caron@example.org", "Réinitialisation — « votre » mot de passe", text, "password_reset", Locale.FRENCH);

        new SmtpTransport(settings()).deliver(mail);

        assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(received.getHeader("Subject")[0]).as("encoded for 7-bit transport").startsWith("=?UTF-8?");
        assertThat(received.getSubject()).isEqualTo("Réinitialisation — « votre » mot de passe");
        Received.Alternatives parts = Received.alternatives(received);
        assertThat(parts.text().strip()).isEqualTo(text.strip());
        assertThat(parts.html()).isEqualTo(mail.html().orElseThrow().replace("\r\n", "\n"))
                .contains("href=\"" + link.replace("&", "&amp;") + "\"", "7KQ2-M9XA-3B4T", "Happy Kdo", "12,00 €", "Bonjour Élodie,",
                        "&lt;au marché&gt; &amp; merci")
                .doesNotContain("<au marché>");
        assertThat(parts.text()).contains(link, "7KQ2-M9XA-3B4T");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void itAuthenticatesWithTheAccountItWasGiven() throws Exception {
        server.setUser("relay@marche.example.fr", "relay", "s3cret");
        assertThatThrownBy(() -> new SmtpTransport(settings().withLogin("relay", "wrong")).deliver(RESET))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.permanent()).as("fixed by the operator").isFalse());
        new SmtpTransport(settings().withLogin("relay", "s3cret")).deliver(RESET);
        assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aServerThatIsDownIsATransientFailure() {
        SmtpSettings settings = settings();
        server.stop();
        SmtpSettings quick = new SmtpSettings(settings.host(), settings.port(), SmtpSecurity.NONE, Optional.empty(), Optional.empty(), FROM,
                Duration.ofSeconds(2));
        assertThatThrownBy(() -> new SmtpTransport(quick).deliver(RESET)).isInstanceOfSatisfying(MailDeliveryException.class,
                e -> {
                    assertThat(e.permanent()).isFalse();
                    assertThat(e.getMessage()).contains("127.0.0.1:" + settings.port());
                });
    }

    @Test
    void aMalformedRecipientIsAPermanentFailure() {
        assertThatThrownBy(() -> new SmtpTransport(settings()).deliver(new Mail("not an address@", "Bonjour", "…", "welcome")))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.permanent()).isTrue());
        assertThatThrownBy(() -> new SmtpTransport(SmtpSettings.of("localhost", 25, SmtpSecurity.NONE, "nobody")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sender address");
    }

    @Test
    void eachSecurityModeConfiguresTheConnectionAndThePasswordNeverShows() {
        Properties starttls = SmtpTransport.properties(SmtpSettings.of("smtp.example.org", 587, SmtpSecurity.STARTTLS, FROM));
        assertThat(starttls).containsEntry("mail.transport.protocol", "smtp").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.timeout", "30000");
        Properties tls = SmtpTransport.properties(SmtpSettings.of("smtp.example.org", 465, SmtpSecurity.TLS, FROM).withLogin("u", "p4ss"));
        assertThat(tls).containsEntry("mail.transport.protocol", "smtps").containsEntry("mail.smtps.auth", "true")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "true").doesNotContainValue("p4ss");
        Properties none = SmtpTransport.properties(SmtpSettings.of("localhost", 25, SmtpSecurity.NONE, FROM));
        assertThat(none).doesNotContainKey("mail.smtp.starttls.enable").containsEntry("mail.smtp.auth", "false");

        SmtpSettings withLogin = SmtpSettings.of("smtp.example.org", 587, SmtpSecurity.STARTTLS, FROM).withLogin("u", "p4ss");
        assertThat(withLogin.toString()).doesNotContain("p4ss");
        assertThat(new SmtpTransport(withLogin).description()).isEqualTo("SMTP smtp.example.org:587 (starttls), from ne-pas-repondre@marche.example.fr")
                .doesNotContain("p4ss");
    }
}
