package io.comptoir.mail.smtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.HtmlMail;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's outbox sent through SMTP to a real server in this JVM, on both databases. */
final class SmtpRelayTest {
    private static final Instant START = Instant.parse("2026-11-14T09:00:00Z");

    private static Engine engine(TestDatabase db, MovableClock clock, int port, boolean background) {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, Optional.empty(), Optional.empty(),
                SmtpTransportTest.FROM, Duration.ofSeconds(2));
        return Engine.builder().dataSource(db.dataSource()).backgroundWork(background).clock(clock)
                .mailTransport(new SmtpTransport(settings))
                .properties(Map.of("mail.max-attempts", "3", "mail.retry-delay", "PT1M", "mail.poll-interval", "PT0.05S"))
                .build();
    }

    @EachDatabase
    void theRelaySendsTheOutboxInTheBackgroundAfterTheMessageIsWritten(TestDatabase db) throws Exception {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        try (Engine engine = engine(db, new MovableClock(START), server.getSmtp().getPort(), true)) {
            engine.mailer().send(SmtpTransportTest.RESET);

            assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage received = server.getReceivedMessages()[0];
            assertThat(received.getSubject()).isEqualTo(SmtpTransportTest.RESET.subject());
            assertThat(((String) received.getContent()).replace("\r\n", "\n").strip()).isEqualTo(SmtpTransportTest.RESET.body().strip());
            long id = engine.mailOutbox().latest(1).get(0).id();
            awaitStatus(engine, id, MailStatus.SENT);
        }
        finally {
            server.stop();
        }
    }

    @EachDatabase
    void aMessageWithItsHtmlRenderingKeepsItInTheOutboxAndLeavesWithBothAlternatives(TestDatabase db) throws Exception {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        try (Engine engine = engine(db, new MovableClock(START), server.getSmtp().getPort(), false)) {
            String link = "https://marche.example.fr/mes-bons/41";
            Mail mail = HtmlMail.of("paul.dupont@example.org", "Your vouchers Happy Kdo Booster",
                    "Hello,\n\nThank you for your purchase. Here are your vouchers:\n\n• Happy Kdo Booster — €12.00 — code 7KQ2-M9XA-3B4T\n\n"
                            + "Your vouchers and their PDFs are in your space: " + link + "\n", "voucher_delivered", Locale.ENGLISH);
            engine.mailer().send(mail);
            SentMail kept = engine.mailOutbox().latest(1).get(0);
            assertThat(kept.mail()).as("the outbox keeps both, the text as the message").isEqualTo(mail);

            assertThat(engine.sendDueMail()).isEqualTo(1);
            assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
            Received.Alternatives parts = Received.alternatives(server.getReceivedMessages()[0]);
            assertThat(parts.text().strip()).isEqualTo(mail.body().strip());
            assertThat(parts.html()).contains("<html lang=\"en\">", "href=\"" + link + "\"", "7KQ2-M9XA-3B4T", "€12.00");
            assertThat(engine.mailOutbox().message(kept.id()).orElseThrow().status()).isEqualTo(MailStatus.SENT);
        }
        finally {
            server.stop();
        }
    }

    @EachDatabase
    void aServerThatStaysDownLeadsToRetriesThenAFailedMessageWhichARetrySendsOnceTheServerIsBack(TestDatabase db) throws Exception {
        GreenMail probe = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        probe.start();
        int port = probe.getSmtp().getPort();
        probe.stop();   // a port where nothing listens, until the server is started on it below
        MovableClock clock = new MovableClock(START);
        try (Engine engine = engine(db, clock, port, false)) {
            engine.mailer().send(new Mail("paul.dupont@example.org", "Votre commande n° 12 est prête", "À retirer chez Éclat de Lin.", "order_ready"));
            long id = engine.mailOutbox().latest(1).get(0).id();

            assertThat(engine.sendDueMail()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(1));
            assertThat(engine.sendDueMail()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(1));
            assertThat(engine.sendDueMail()).as("the second wait is two minutes").isZero();
            clock.advance(Duration.ofMinutes(1));
            assertThat(engine.sendDueMail()).isEqualTo(1);

            SentMail failed = engine.mailOutbox().message(id).orElseThrow();
            assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error).contains("127.0.0.1:" + port));

            GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            try {
                assertThat(engine.mailOutbox().retry(id)).isTrue();
                assertThat(engine.sendDueMail()).isEqualTo(1);
                assertThat(server.getReceivedMessages()).singleElement()
                        .satisfies(message -> assertThat(message.getSubject()).isEqualTo("Votre commande n° 12 est prête"));
                assertThat(engine.mailOutbox().message(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
            }
            finally {
                server.stop();
            }
        }
    }

    private static void awaitStatus(Engine engine, long id, MailStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (engine.mailOutbox().message(id).orElseThrow().status() != status && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(engine.mailOutbox().message(id).orElseThrow().status()).isEqualTo(status);
    }
}
