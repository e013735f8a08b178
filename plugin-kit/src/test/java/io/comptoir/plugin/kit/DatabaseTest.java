package io.comptoir.plugin.kit;

import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit's transactions, instants and error reading, on both databases. */
final class DatabaseTest {

    @EachDatabase
    void aTransactionTheDatabaseGaveUpOnRunsAgainFromTheStart(TestDatabase test) {
        Database db = Database.on(test.dataSource());
        db.useTransaction(handle -> handle.execute("CREATE TABLE counter (id INT PRIMARY KEY, n INT NOT NULL)"));
        db.useTransaction(handle -> handle.execute("INSERT INTO counter VALUES (1, 0)"));
        AtomicInteger runs = new AtomicInteger();

        int value = db.inTransaction(handle -> {
            handle.execute("UPDATE counter SET n = n + 1 WHERE id = 1");
            if (runs.incrementAndGet() < 3) {
                throw new IllegalStateException("aborted", new SQLException("could not serialize access", "40001"));
            }
            return handle.createQuery("SELECT n FROM counter WHERE id = 1").mapTo(Integer.class).one();
        });

        assertThat(runs).hasValue(3);
        assertThat(value).as("the aborted attempts were rolled back").isEqualTo(1);
    }

    @EachDatabase
    void otherFailuresAndTheLastAttemptAreNotRunAgain(TestDatabase test) {
        Database db = Database.on(test.dataSource());
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> db.inTransaction(handle -> {
            runs.incrementAndGet();
            throw new IllegalArgumentException("bad input");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(runs).hasValue(1);

        runs.set(0);
        assertThatThrownBy(() -> db.inTransaction(handle -> {
            runs.incrementAndGet();
            throw new IllegalStateException("deadlock", new SQLException("deadlock detected", "40P01"));
        })).hasMessage("deadlock");
        assertThat(runs).hasValue(Database.ATTEMPTS);
    }

    @EachDatabase
    void aSecondConnectionInsideATransactionIsRefused(TestDatabase test) {
        Database db = Database.on(test.dataSource());
        assertThatThrownBy(() -> db.inTransaction(handle -> db.withHandle(other -> 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
        assertThat(db.<Integer>withHandle(handle -> 1)).as("the guard is lifted after the transaction").isEqualTo(1);
    }

    @EachDatabase
    void instantsAreStoredInUtcWhateverTheJvmsZone(TestDatabase test) {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            Database db = Database.on(test.dataSource());
            db.useTransaction(handle -> handle.execute("CREATE TABLE moment (at TIMESTAMP WITH TIME ZONE NOT NULL)"));
            Instant at = Instant.parse("2026-02-28T22:59:59.123456Z");
            db.useTransaction(handle -> handle.createUpdate("INSERT INTO moment VALUES (:at)").bind("at", at).execute());

            assertThat(db.<Instant>withHandle(handle -> handle.createQuery("SELECT at FROM moment").mapTo(Instant.class).one())).isEqualTo(at);
            assertThat(db.<Instant>withHandle(handle -> handle.createQuery("SELECT at FROM moment").map((rs, ctx) -> Instants.read(rs, "at")).one()))
                    .isEqualTo(at);
        }
        finally {
            TimeZone.setDefault(zone);
        }
    }

    @EachDatabase
    void constraintViolationsAreReadByStateAndName(TestDatabase test) {
        Database db = Database.on(test.dataSource());
        assertThat(db.dialect().vendor()).isEqualTo(test.kind().name().toLowerCase(java.util.Locale.ROOT));
        db.useTransaction(handle -> handle.execute("""
                CREATE TABLE shelf (id INT PRIMARY KEY, label VARCHAR(10) NOT NULL,
                    CONSTRAINT shelf_label_key UNIQUE (label), CONSTRAINT shelf_id_positive CHECK (id > 0))"""));
        db.useTransaction(handle -> handle.execute("INSERT INTO shelf VALUES (1, 'a')"));

        Throwable duplicate = catchFailure(db, "INSERT INTO shelf VALUES (2, 'a')");
        assertThat(SqlErrors.isUniqueViolation(duplicate)).isTrue();
        assertThat(SqlErrors.isUniqueViolation(duplicate, "shelf_label_key")).isTrue();
        assertThat(SqlErrors.isUniqueViolation(duplicate, "other_key")).isFalse();
        assertThat(SqlErrors.isTransient(duplicate)).isFalse();

        Throwable negative = catchFailure(db, "INSERT INTO shelf VALUES (-1, 'b')");
        assertThat(SqlErrors.isCheckViolation(negative, "shelf_id_positive")).isTrue();
        assertThat(SqlErrors.isUniqueViolation(negative)).isFalse();
    }

    private static Throwable catchFailure(Database db, String sql) {
        try {
            db.useTransaction(handle -> handle.execute(sql));
        }
        catch (UnableToExecuteStatementException e) {
            return e;
        }
        throw new AssertionError("no failure for " + sql);
    }
}
