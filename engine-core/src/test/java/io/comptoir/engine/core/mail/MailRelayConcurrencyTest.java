package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.MailTransport;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Jdbis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Several nodes, each with several threads, sending the same outbox at once: every message leaves exactly once. */
final class MailRelayConcurrencyTest {
    private static final int MESSAGES = 300;
    private static final int NODES = 4;
    private static final int THREADS_PER_NODE = 3;

    @EachDatabase
    void concurrentRelaysSendEachMessageExactlyOnce(TestDatabase db) throws Exception {
        Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        MailTransport counting = mail -> sends.computeIfAbsent(mail.subject(), subject -> new AtomicInteger()).incrementAndGet();
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .mailTransport(counting).build()) {
            for (int i = 0; i < MESSAGES; i++) {
                engine.mailer().send(new Mail("shopper" + i + "@example.org", "message " + i, "Bonjour", "order_placed"));
            }
            MailDelivery delivery = new MailDelivery(Optional.of(counting), MailSettings.from(Map.of()));
            List<MailRelay> nodes = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                nodes.add(new MailRelay(Jdbis.create(db.dataSource()), Clock.systemUTC(), delivery));
            }
            ExecutorService pool = Executors.newFixedThreadPool(NODES * THREADS_PER_NODE);
            CyclicBarrier start = new CyclicBarrier(NODES * THREADS_PER_NODE);
            List<Future<Integer>> attempts = new ArrayList<>();
            try {
                for (MailRelay node : nodes) {
                    for (int t = 0; t < THREADS_PER_NODE; t++) {
                        attempts.add(pool.submit(() -> {
                            start.await();
                            int made = 0;
                            for (int round; (round = node.sendDue()) > 0 || engine.mailOutbox().counts().get(MailStatus.PENDING) > 0; ) {
                                made += round;
                            }
                            return made;
                        }));
                    }
                }
                int total = 0;
                for (Future<Integer> future : attempts) {
                    total += future.get(60, TimeUnit.SECONDS);
                }
                assertThat(total).as("attempts made by all nodes").isEqualTo(MESSAGES);
            }
            finally {
                pool.shutdownNow();
            }
            assertThat(sends).hasSize(MESSAGES);
            assertThat(sends.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(engine.mailOutbox().counts()).containsEntry(MailStatus.SENT, (long) MESSAGES).containsEntry(MailStatus.PENDING, 0L);
        }
    }
}
