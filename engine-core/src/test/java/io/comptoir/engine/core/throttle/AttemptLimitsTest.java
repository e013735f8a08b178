package io.comptoir.engine.core.throttle;

import io.comptoir.engine.api.throttle.AttemptLimit;
import io.comptoir.engine.api.throttle.AttemptLimits;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's attempt limits as a plugin uses them: counted per limit and subject, refused until the window closes. */
final class AttemptLimitsTest {

    private static Engine engine(TestDatabase db, MovableClock clock) {
        return Engine.builder().dataSource(db.dataSource()).clock(clock).backgroundWork(false)
                .searchIndex(new RecordingSearchIndex()).assetDirectory(java.nio.file.Path.of("target", "test-assets")).build();
    }

    @EachDatabase
    void aSubjectThatUsedUpItsAttemptsWaitsUntilItsWindowCloses(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = engine(db, clock)) {
            AttemptLimits limits = engine.findService(AttemptLimits.class).orElseThrow();
            AttemptLimit codes = limits.limit("test.codes", 3, Duration.ofMinutes(15));
            AttemptLimit checks = limits.limit("test.checks", 1, Duration.ofHours(1));

            codes.record(List.of("ip:192.0.2.1"));
            clock.advance(Duration.ofMinutes(5));
            codes.record(List.of("ip:192.0.2.1", "account:7"));
            assertThat(codes.refusal(List.of("ip:192.0.2.1", "account:7"))).isEmpty();
            codes.record(List.of("ip:192.0.2.1"));

            assertThat(codes.refusal(List.of("account:7", "ip:192.0.2.1"))).contains(Duration.ofMinutes(10));
            assertThat(codes.refusal(List.of("account:7"))).isEmpty();
            assertThat(codes.tryAttempt("ip:192.0.2.1")).contains(Duration.ofMinutes(10));
            assertThat(checks.refusal(List.of("ip:192.0.2.1"))).as("another limit counts apart").isEmpty();
            assertThat(checks.tryAttempt("ip:192.0.2.1")).isEmpty();
            assertThat(checks.tryAttempt("ip:192.0.2.1")).contains(Duration.ofHours(1));

            clock.advance(Duration.ofMinutes(10));
            assertThat(codes.refusal(List.of("ip:192.0.2.1"))).isEmpty();
            assertThat(codes.tryAttempt("ip:192.0.2.1")).as("a new window").isEmpty();

            codes.tryAttempt("account:8");
            codes.giveBack("account:8");
            codes.reset("ip:192.0.2.1");
            for (int i = 0; i < 3; i++) {
                assertThat(codes.tryAttempt("account:8")).isEmpty();
                assertThat(codes.tryAttempt("ip:192.0.2.1")).isEmpty();
            }
            assertThat(codes.tryAttempt("account:8")).isPresent();
        }
    }

    @EachDatabase
    void housekeepingKeepsTheCountsOfTheLongestWindow(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = engine(db, clock)) {
            AttemptLimits limits = engine.findService(AttemptLimits.class).orElseThrow();
            AttemptLimit checks = limits.limit("test.checks", 1, Duration.ofHours(1));
            checks.tryAttempt("ip:192.0.2.1");

            clock.advance(Duration.ofMinutes(30));
            engine.purgeExpiredAccountData();
            assertThat(checks.tryAttempt("ip:192.0.2.1")).as("still counted after the sign-in window passed").isPresent();

            clock.advance(Duration.ofMinutes(30));
            engine.purgeExpiredAccountData();
            assertThat(checks.refusal(List.of("ip:192.0.2.1"))).isEmpty();
        }
    }

    @EachDatabase
    void limitsAreNamedAndPositive(TestDatabase db) {
        try (Engine engine = engine(db, new MovableClock(Fixtures.START))) {
            AttemptLimits limits = engine.findService(AttemptLimits.class).orElseThrow();
            assertThatThrownBy(() -> limits.limit("Bad Name", 3, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> limits.limit("test.zero", 0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> limits.limit("test.never", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
