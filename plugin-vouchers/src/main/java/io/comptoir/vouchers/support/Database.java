package io.comptoir.vouchers.support;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The plugin's access to the engine's database: a JDBI of its own (SqlObject, instants as UTC
 * {@code TIMESTAMP WITH TIME ZONE}) and short transactions that are retried when the database gives up on a lock
 * (a deadlock, a serialisation failure, H2's lock timeout). Every callback must therefore be safe to run again.
 */
public final class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int ATTEMPTS = 6;

    private final Jdbi jdbi;
    private final boolean h2;
    /** Set while this thread runs a transaction: taking a second connection then could starve the pool, so it is refused. */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public Database(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource is null");
        this.jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, instantMapper());
        this.h2 = isH2(dataSource);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isH2() {
        return h2;
    }

    /** Runs the callback in one transaction, again from the start if the database aborted it on a lock. */
    public <R> R inTransaction(HandleCallback<R, RuntimeException> callback) {
        requireNoTransaction();
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> {
                    if (h2) {
                        handle.execute("SET LOCK_TIMEOUT 20000");
                    }
                    inTransaction.set(true);
                    try {
                        return callback.withHandle(handle);
                    }
                    finally {
                        inTransaction.set(false);
                    }
                });
            }
            catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !SqlErrors.isTransient(e)) {
                    throw e;
                }
                log.debug("Transaction aborted on a lock (attempt {}), retrying", attempt, e);
                pause(attempt);
            }
        }
    }

    /**
     * Runs a long read in one transaction without retries (its output may already be on its way): PostgreSQL streams a
     * large result with a fetch size only inside a transaction.
     */
    public <R> R readInTransaction(HandleCallback<R, RuntimeException> callback) {
        requireNoTransaction();
        return jdbi.inTransaction(callback);
    }

    public void useTransaction(java.util.function.Consumer<Handle> callback) {
        inTransaction(handle -> {
            callback.accept(handle);
            return null;
        });
    }

    public <R> R withHandle(HandleCallback<R, RuntimeException> callback) {
        requireNoTransaction();
        return jdbi.withHandle(callback);
    }

    public <T, R> R with(Class<T> dao, java.util.function.Function<T, R> callback) {
        requireNoTransaction();
        return jdbi.withExtension(dao, callback::apply);
    }

    /** Reads that a transaction needs are done with its own handle; a second connection could deadlock the pool. */
    private void requireNoTransaction() {
        if (inTransaction.get()) {
            throw new IllegalStateException("a second connection was asked for inside a transaction");
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(200, 5L << attempt) + (long) (Math.random() * 10));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    private static ColumnMapper<Instant> instantMapper() {
        return (resultSet, column, context) -> {
            OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        };
    }

    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            // to the microsecond, as the engine binds them: PostgreSQL would round the clock's nanoseconds and H2 keep
            // microseconds, and a guarded update comparing a stored instant with the same instant never matched on H2
            return (position, statement, context) -> statement.setObject(position, value.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        }
    }
}
