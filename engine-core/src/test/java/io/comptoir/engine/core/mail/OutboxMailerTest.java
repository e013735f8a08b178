package io.comptoir.engine.core.mail;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class OutboxMailerTest {

    @EachDatabase
    void sentMailIsKeptNewestFirstAndFoundByRecipientInAnyCase(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                .backgroundWork(false).clock(clock).build()) {
            engine.mailer().send(new Mail("Claire.Martin@example.org", "Votre commande", "Merci !", "order_placed"));
            clock.advance(Duration.ofMinutes(1));
            engine.mailer().send(new Mail("paul@example.org", "Bienvenue", "Bonjour Paul", "welcome"));
            clock.advance(Duration.ofMinutes(1));
            engine.mailer().send(new Mail("claire.martin@example.org", "Commande prête", "À retirer", "order_ready"));

            MailOutbox outbox = engine.mailOutbox();
            assertThat(outbox.sentTo(" CLAIRE.MARTIN@example.org", 10)).extracting(sent -> sent.mail().kind())
                    .containsExactly("order_ready", "order_placed");
            assertThat(outbox.latest(2)).extracting(sent -> sent.mail().subject()).containsExactly("Commande prête", "Bienvenue");
            SentMail first = outbox.latest(3).get(2);
            assertThat(first.mail()).isEqualTo(new Mail("claire.martin@example.org", "Votre commande", "Merci !", "order_placed"));
            assertThat(first.sentAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(2)));
        }
    }

    @EachDatabase
    void theLogShowsAMaskedRecipientAndTheSubjectButNeverTheBody(TestDatabase db) {
        Logger logger = (Logger) LoggerFactory.getLogger(OutboxMailer.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            engine.mailer().send(new Mail("claire.martin@example.org", "Réinitialisation de votre mot de passe",
                    "https://example.org/reset/SECRET-TOKEN", "password_reset"));

            assertThat(appender.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                    .contains("c***@example.org", "Réinitialisation de votre mot de passe", "password_reset")
                    .doesNotContain("claire.martin", "SECRET-TOKEN"));
        }
        finally {
            logger.detachAppender(appender);
        }
    }

    @EachDatabase
    void aMessageThatCannotBeSentIsRefusedAndNotKept(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            assertThatThrownBy(() -> engine.mailer().send(new Mail("nobody", "Bonjour", "…", "welcome")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> engine.mailer().send(new Mail("a@example.org", "Bonjour\nBcc: x@example.org", "…", "welcome")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(engine.mailOutbox().latest(10)).isEmpty();
        }
    }

    @EachDatabase
    void mailsSentTogetherAreKeptInTheirOrderAndLoggedEachWithItsNumber(TestDatabase db) {
        Logger logger = (Logger) LoggerFactory.getLogger(OutboxMailer.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            engine.mailer().sendAll(List.of(new Mail("Claire.Martin@example.org", "Votre commande", "Merci !", "order_placed"),
                    new Mail("boutique@example.org", "Nouvelle commande", "Deux paires", "merchant_order_placed"),
                    new Mail("paul@example.org", "Bienvenue", "Bonjour Paul", "welcome")));

            List<SentMail> kept = engine.mailOutbox().latest(10);
            assertThat(kept).extracting(sent -> sent.mail().to()).containsExactly("paul@example.org", "boutique@example.org",
                    "claire.martin@example.org");
            assertThat(kept.get(2).mail()).isEqualTo(new Mail("claire.martin@example.org", "Votre commande", "Merci !", "order_placed"));
            assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                    "Mail #" + kept.get(2).id() + " (order_placed) to c***@example.org kept in the outbox: Votre commande",
                    "Mail #" + kept.get(1).id() + " (merchant_order_placed) to b***@example.org kept in the outbox: Nouvelle commande",
                    "Mail #" + kept.get(0).id() + " (welcome) to p***@example.org kept in the outbox: Bienvenue");
        }
        finally {
            logger.detachAppender(appender);
        }
    }

    @EachDatabase
    void mailsSentTogetherAreAllRefusedWhenOneIs(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            assertThatThrownBy(() -> engine.mailer().sendAll(List.of(new Mail("claire@example.org", "Votre commande", "Merci !", "order_placed"),
                    new Mail("nobody", "Bonjour", "…", "welcome")))).isInstanceOf(IllegalArgumentException.class);
            assertThat(engine.mailOutbox().latest(10)).isEmpty();
        }
    }

    @Test
    void masksKeepTheFirstLetterAndTheDomain() {
        assertThat(OutboxMailer.mask("claire.martin@example.org")).isEqualTo("c***@example.org");
        assertThat(OutboxMailer.mask("x@example.org")).isEqualTo("x***@example.org");
        assertThat(OutboxMailer.mask("no-at-sign")).isEqualTo("***");
    }
}
