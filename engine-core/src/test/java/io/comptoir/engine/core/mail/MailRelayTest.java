package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailDeliveryException;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.MailTransport;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class MailRelayTest {
    private static final Mail RESET = new Mail("claire.martin@example.org", "Réinitialisation", "Bonjour Claire", "password_reset");

    private static Engine engine(TestDatabase db, MovableClock clock, MailTransport transport) {
        return Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false).clock(clock)
                .mailTransport(transport).properties(Map.of("mail.max-attempts", "3", "mail.retry-delay", "PT10S", "mail.lease", "PT1M"))
                .build();
    }

    @EachDatabase
    void aMessageWaitsInTheOutboxThenLeavesOnceThroughTheTransport(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        ScriptedTransport transport = new ScriptedTransport();
        try (Engine engine = engine(db, clock, transport)) {
            engine.mailer().send(RESET);
            SentMail waiting = engine.mailOutbox().latest(1).get(0);
            assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
            assertThat(engine.mailOutbox().transport()).contains("scripted transport");

            assertThat(engine.sendDueMail()).isEqualTo(1);
            assertThat(engine.sendDueMail()).isZero();

            assertThat(transport.accepted).containsExactly(RESET);
            SentMail sent = engine.mailOutbox().message(waiting.id()).orElseThrow();
            assertThat(sent.status()).isEqualTo(MailStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(1);
            assertThat(sent.deliveredAt()).contains(clock.instant());
            assertThat(engine.mailOutbox().counts()).containsEntry(MailStatus.SENT, 1L).containsEntry(MailStatus.PENDING, 0L);
        }
    }

    @EachDatabase
    void failedAttemptsAreRetriedWithAGrowingWaitThenMarkedFailedAndAnAdminRetrySendsIt(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        ScriptedTransport transport = new ScriptedTransport();
        transport.failing = true;
        try (Engine engine = engine(db, clock, transport)) {
            engine.mailer().send(RESET);
            long id = engine.mailOutbox().latest(1).get(0).id();

            assertThat(engine.sendDueMail()).isEqualTo(1);
            assertThat(engine.mailOutbox().message(id).orElseThrow()).satisfies(mail -> {
                assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
                assertThat(mail.attempts()).isEqualTo(1);
                assertThat(mail.lastError()).contains("451 4.3.0 try again later");
            });
            clock.advance(Duration.ofSeconds(9));
            assertThat(engine.sendDueMail()).as("not before the 10 s back-off").isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(engine.sendDueMail()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(19));
            assertThat(engine.sendDueMail()).as("the second wait is doubled").isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(engine.sendDueMail()).isEqualTo(1);

            assertThat(engine.mailOutbox().message(id).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
            assertThat(engine.mailOutbox().latest(MailStatus.FAILED, 10)).extracting(SentMail::id).containsExactly(id);
            clock.advance(Duration.ofDays(1));
            assertThat(engine.sendDueMail()).as("a failed message is not tried again by itself").isZero();
            assertThat(transport.attempts).isEqualTo(3);

            transport.failing = false;
            assertThat(engine.mailOutbox().retry(id)).isTrue();
            assertThat(engine.mailOutbox().retry(id)).as("only a failed message is put back").isFalse();
            assertThat(engine.sendDueMail()).isEqualTo(1);
            assertThat(engine.mailOutbox().message(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
            assertThat(transport.accepted).containsExactly(RESET);
        }
    }

    @EachDatabase
    void aPermanentRefusalIsMarkedFailedAtOnce(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        ScriptedTransport transport = new ScriptedTransport();
        transport.failing = true;
        transport.permanent = true;
        try (Engine engine = engine(db, clock, transport)) {
            engine.mailer().send(RESET);
            assertThat(engine.sendDueMail()).isEqualTo(1);
            assertThat(engine.mailOutbox().latest(1).get(0).status()).isEqualTo(MailStatus.FAILED);
        }
    }

    @EachDatabase
    void aClaimWhoseLeaseRanOutIsTakenOverAndTheStalledAttemptRecordsNothing(TestDatabase db) throws Exception {
        MovableClock clock = new MovableClock(Fixtures.START);
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedTransport after = new ScriptedTransport();
        MailTransport transport = new MailTransport() {
            private boolean first = true;

            @Override
            public void deliver(Mail mail) throws MailDeliveryException {
                boolean stall;
                synchronized (this) {
                    stall = first;
                    first = false;
                }
                if (stall) {
                    stalled.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new MailDeliveryException("connection reset", false, null);
                }
                after.deliver(mail);
            }
        };
        try (Engine engine = engine(db, clock, transport)) {
            engine.mailer().send(RESET);
            CompletableFuture<Integer> stalledNode = CompletableFuture.supplyAsync(engine::sendDueMail);
            assertThat(stalled.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(engine.sendDueMail()).as("claimed by the stalled attempt").isZero();
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            assertThat(engine.sendDueMail()).as("the lease ran out").isEqualTo(1);
            release.countDown();
            assertThat(stalledNode.get(10, TimeUnit.SECONDS)).isEqualTo(1);

            SentMail mail = engine.mailOutbox().latest(1).get(0);
            assertThat(mail.status()).as("the late failure does not overwrite the success").isEqualTo(MailStatus.SENT);
            assertThat(mail.attempts()).isEqualTo(2);
            assertThat(after.accepted).containsExactly(RESET);
        }
    }

    @EachDatabase
    void withoutATransportMessagesAreOnlyKept(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            engine.mailer().send(RESET);
            assertThat(engine.sendDueMail()).isZero();
            SentMail kept = engine.mailOutbox().latest(1).get(0);
            assertThat(kept.status()).isEqualTo(MailStatus.KEPT);
            assertThat(engine.mailOutbox().transport()).isEmpty();
            assertThat(engine.mailOutbox().retry(kept.id())).isFalse();
        }
    }

    @Test
    void aMailerThatReplacesTheOutboxCannotBeCombinedWithATransport() {
        assertThatThrownBy(() -> Engine.builder().jdbcUrl("jdbc:h2:mem:unused", "sa", "").mailer(mail -> {
        }).mailTransport(new ScriptedTransport()).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("one or the other");
    }

    @Test
    void theBackOffDoublesFromTheRetryDelayUpToAnHour() {
        MailSettings settings = MailSettings.from(Map.of());
        assertThat(settings.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backOff(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(settings.backOff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backOff(60)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> MailSettings.from(Map.of("mail.max-attempts", "0"))).hasMessageContaining("mail.max-attempts");
    }
}
