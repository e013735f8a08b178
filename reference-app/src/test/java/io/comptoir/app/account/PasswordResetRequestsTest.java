package io.comptoir.app.account;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.comptoir.engine.api.account.AccountDirectory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queue of forgotten-password requests: one worker, in order; a full queue drops and counts; a failure is logged
 * and the next request still handled; closing finishes what is queued, or gives up after the grace period.
 */
// A safety net: were the worker to hang, the test fails instead of blocking the build. No duration is asserted.
@Timeout(60)
final class PasswordResetRequestsTest {
    private static final String PREFIX = "https://marche.example.fr/reinitialiser-mot-de-passe?jeton=";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** Addresses the directory was called with, in order, once their call ended. */
    private final List<String> handled = new CopyOnWriteArrayList<>();
    /** Addresses whose call has begun. */
    private final BlockingQueue<String> entered = new LinkedBlockingQueue<>();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final Logger logger = (Logger) LoggerFactory.getLogger(PasswordResetRequests.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        gate.countDown();
        logger.detachAppender(logged);
    }

    /** A directory whose only working method is requestPasswordReset, doing what it is told. */
    private static AccountDirectory directory(BiConsumer<String, String> reset) {
        return (AccountDirectory) Proxy.newProxyInstance(AccountDirectory.class.getClassLoader(), new Class<?>[] {AccountDirectory.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("requestPasswordReset")) {
                        reset.accept((String) args[0], (String) args[1]);
                        return null;
                    }
                    if (method.getName().equals("toString")) {
                        return "test directory";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Records each call; a call for an address starting with "blocked" waits for the gate first. */
    private AccountDirectory gatedDirectory() {
        return directory((email, prefix) -> {
            entered.add(email);
            if (email.startsWith("blocked")) {
                awaitGate();
            }
            assertThat(prefix).isEqualTo(PREFIX);
            handled.add(email);
        });
    }

    private void awaitGate() {
        try {
            gate.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String nextEntered() throws InterruptedException {
        String email = entered.poll(30, TimeUnit.SECONDS);
        assertThat(email).as("the worker took a request").isNotNull();
        return email;
    }

    private double count(String name) {
        return meters.get(name).counter().count();
    }

    @Test
    void requestsAreHandledOnTheWorkerThreadInTheOrderTheyCame() throws InterruptedException {
        List<String> threads = new CopyOnWriteArrayList<>();
        try (PasswordResetRequests requests = new PasswordResetRequests(directory((email, prefix) -> {
            threads.add(Thread.currentThread().getName());
            handled.add(email);
        }), meters)) {
            assertThat(requests.submit("a@exemple.fr", PREFIX)).isTrue();
            assertThat(requests.submit("b@exemple.fr", PREFIX)).isTrue();
            assertThat(requests.submit("c@exemple.fr", PREFIX)).isTrue();
        }
        assertThat(handled).containsExactly("a@exemple.fr", "b@exemple.fr", "c@exemple.fr");
        assertThat(threads).containsOnly("password-reset");
        assertThat(count(PasswordResetRequests.DROPPED)).isZero();
    }

    @Test
    void submittingReturnsWhileTheDirectoryIsStillBusyWithTheRequest() throws InterruptedException {
        try (PasswordResetRequests requests = new PasswordResetRequests(gatedDirectory(), meters)) {
            assertThat(requests.submit("blocked@exemple.fr", PREFIX)).isTrue();
            assertThat(nextEntered()).isEqualTo("blocked@exemple.fr");
            // The worker is inside the call and cannot leave it: the caller got its answer all the same.
            assertThat(requests.submit("next@exemple.fr", PREFIX)).isTrue();
            assertThat(handled).isEmpty();
            gate.countDown();
        }
        assertThat(handled).containsExactly("blocked@exemple.fr", "next@exemple.fr");
    }

    @Test
    void aFullQueueDropsTheRequestCountsItAndLogsOnlyTheDomain() throws InterruptedException {
        try (PasswordResetRequests requests = new PasswordResetRequests(gatedDirectory(), meters, 2, Duration.ofSeconds(30))) {
            assertThat(requests.submit("blocked@exemple.fr", PREFIX)).isTrue();
            assertThat(nextEntered()).as("the worker holds the first request, the queue is empty").isEqualTo("blocked@exemple.fr");
            assertThat(requests.submit("second@exemple.fr", PREFIX)).isTrue();
            assertThat(requests.submit("third@exemple.fr", PREFIX)).isTrue();
            assertThat(meters.get(PasswordResetRequests.QUEUED).gauge().value()).isEqualTo(2.0);

            assertThat(requests.submit("lea.martin@saint-omer.example", PREFIX)).as("the queue holds 2").isFalse();
            assertThat(requests.submit("quatre@exemple.fr", PREFIX)).isFalse();

            assertThat(count(PasswordResetRequests.DROPPED)).isEqualTo(2.0);
            List<ILoggingEvent> warnings = logged.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
            assertThat(warnings).hasSize(2);
            assertThat(warnings.get(0).getFormattedMessage()).contains("saint-omer.example", "queue is full").doesNotContain("lea.martin");
            gate.countDown();
        }
        assertThat(handled).containsExactly("blocked@exemple.fr", "second@exemple.fr", "third@exemple.fr");
    }

    @Test
    void aFailingRequestIsLoggedAndCountedAndTheNextOneIsStillHandled() {
        try (PasswordResetRequests requests = new PasswordResetRequests(directory((email, prefix) -> {
            if (email.startsWith("panne")) {
                throw new IllegalStateException("the database is gone");
            }
            handled.add(email);
        }), meters)) {
            requests.submit("panne@exemple.fr", PREFIX);
            requests.submit("ok@exemple.fr", PREFIX);
        }
        assertThat(handled).containsExactly("ok@exemple.fr");
        assertThat(count(PasswordResetRequests.FAILED)).isEqualTo(1.0);
        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.ERROR).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).contains("exemple.fr").doesNotContain("panne@");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("the database is gone");
        });
    }

    @Test
    void closingFinishesTheQueuedRequestsThenRefusesNewOnes() {
        PasswordResetRequests requests = new PasswordResetRequests(gatedDirectory(), meters);
        requests.submit("one@exemple.fr", PREFIX);
        requests.submit("two@exemple.fr", PREFIX);
        requests.close();

        assertThat(handled).containsExactly("one@exemple.fr", "two@exemple.fr");
        assertThat(requests.workerAlive()).isFalse();
        assertThat(requests.submit("late@exemple.fr", PREFIX)).isFalse();
        assertThat(count(PasswordResetRequests.DROPPED)).isEqualTo(1.0);
        requests.close();
    }

    @Test
    void closingGivesUpOnAStuckWorkerAfterTheGraceDroppingWhatIsQueuedWithoutInterruptingIt() throws InterruptedException {
        PasswordResetRequests requests = new PasswordResetRequests(gatedDirectory(), meters, 10, Duration.ofMillis(50));
        requests.submit("blocked@exemple.fr", PREFIX);
        assertThat(nextEntered()).isEqualTo("blocked@exemple.fr");
        requests.submit("queued1@exemple.fr", PREFIX);
        requests.submit("queued2@exemple.fr", PREFIX);

        requests.close();
        assertThat(requests.workerAlive()).as("still inside the stuck call").isTrue();
        assertThat(count(PasswordResetRequests.DROPPED)).isEqualTo(2.0);

        gate.countDown();
        assertThat(requests.awaitWorker(Duration.ofSeconds(30))).as("the worker stops after the call it was in").isTrue();
        assertThat(handled).containsExactly("blocked@exemple.fr");
    }

    @Test
    void theLogNamesOnlyTheDomainOfTheAddressWithoutControlCharacters() {
        assertThat(PasswordResetRequests.domainOf("lea.martin@saint-omer.example")).isEqualTo("saint-omer.example");
        assertThat(PasswordResetRequests.domainOf("pas-une-adresse")).isEqualTo("(no domain)");
        assertThat(PasswordResetRequests.domainOf("a@")).isEqualTo("(no domain)");
        assertThat(PasswordResetRequests.domainOf("a@b@exemple.fr\nFAKE LOG LINE")).isEqualTo("exemple.frFAKE LOG LINE");
        assertThat(PasswordResetRequests.domainOf("a@" + "x".repeat(500))).hasSize(101);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new PasswordResetRequests(directory((email, prefix) -> { }), meters, 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
