package io.comptoir.engine.core.persistence;

import io.comptoir.plugin.kit.Jdbis;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instant the engine writes is the instant it compares: written and compared to the microsecond on both databases,
 * whatever precision the clock has (the system clock gives nanoseconds).
 */
final class InstantPrecisionTest {
    private static final Instant WITH_NANOSECONDS = Instant.parse("2026-11-14T09:00:00.123456789Z");

    @EachDatabase
    void anInstantWrittenWithNanosecondsIsFoundByEqualityAndReadBackToTheMicrosecond(TestDatabase database) {
        Jdbi jdbi = Jdbis.create(database.dataSource());
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE claim (id INTEGER PRIMARY KEY, claimed_at TIMESTAMP WITH TIME ZONE NOT NULL)"));
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO claim (id, claimed_at) VALUES (1, :at)").bind("at", WITH_NANOSECONDS).execute());

        int matched = jdbi.withHandle(handle -> handle.createUpdate("UPDATE claim SET id = 2 WHERE id = 1 AND claimed_at = :at")
                .bind("at", WITH_NANOSECONDS).execute());
        Instant read = jdbi.withHandle(handle -> handle.createQuery("SELECT claimed_at FROM claim").mapTo(Instant.class).one());

        assertThat(matched).as("a guarded update finds the instant it wrote").isEqualTo(1);
        assertThat(read).isEqualTo(WITH_NANOSECONDS.truncatedTo(ChronoUnit.MICROS));
    }
}
