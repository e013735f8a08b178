package io.comptoir.engine.core.stats;

import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

final class SiteVisitsTest {

    @EachDatabase
    void aVisitorCountsOncePerParisDayOnEveryNode(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine first = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .properties(Fixtures.CHEAP_PASSWORDS).clock(clock).build();
             Engine second = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                     .properties(Fixtures.CHEAP_PASSWORDS).clock(clock).build()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Paris"));
            first.visits().record("visitor-a");
            first.visits().record("visitor-a");
            second.visits().record("visitor-a");
            second.visits().record("visitor-b");
            clock.advance(Duration.ofDays(1));
            first.visits().record("visitor-a");

            assertThat(first.visits().perDay(today.minusDays(1), today.plusDays(1))).containsExactly(
                    java.util.Map.entry(today.minusDays(1), 0L), java.util.Map.entry(today, 2L), java.util.Map.entry(today.plusDays(1), 1L));
        }
    }

    @EachDatabase
    void aDayIsTheMarketplacesDayInItsZone(TestDatabase db) {
        // 21:30 UTC is 01:30 the next day in La Réunion (UTC+4) but still 22:30 the same day in Paris
        MovableClock clock = new MovableClock(java.time.Instant.parse("2026-12-01T19:30:00Z"));
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .properties(Fixtures.CHEAP_PASSWORDS).clock(clock).zone(java.time.ZoneId.of("Indian/Reunion")).build()) {
            engine.visits().record("visitor-a");
            clock.advance(Duration.ofHours(2));
            engine.visits().record("visitor-a");

            assertThat(engine.zone()).isEqualTo(java.time.ZoneId.of("Indian/Reunion"));
            assertThat(engine.visits().perDay(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2))).containsExactly(
                    java.util.Map.entry(LocalDate.of(2026, 12, 1), 1L), java.util.Map.entry(LocalDate.of(2026, 12, 2), 1L));
        }
    }
}
