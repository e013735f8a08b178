package io.comptoir.plugin.kit;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * A plugin's access to the engine's database: its {@link Jdbis JDBI}, and short transactions that are run again from
 * the start when the database gives up on a lock (a deadlock, a serialisation failure, H2's lock timeout), up to
 * {@value #ATTEMPTS} times. Every transaction callback must therefore touch nothing but the database: no mail, no call to
 * another service, no change to memory that outlives the attempt.
 *
 * <p>A thread inside a transaction may not ask for a second connection (through this object): with every thread of a
 * busy node doing so, the pool would run dry and each would wait for the others.
 */
public final class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    static final int ATTEMPTS = 6;
    /** How long H2 waits for a row lock before giving up (PostgreSQL waits for as long as it takes). */
    private static final String H2_LOCK_TIMEOUT = "SET LOCK_TIMEOUT 20000";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    private Database(Jdbi jdbi, Dialect dialect) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.dialect = requireNonNull(dialect, "dialect is null");
    }

    public static Database on(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource is null");
        return new Database(Jdbis.create(dataSource), Dialect.of(dataSource));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs the callback in one transaction, again from the start if the database aborted it on a lock. */
    public <R> R inTransaction(HandleCallback<R, RuntimeException> callback) {
        requireNoTransaction();
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> {
                    if (dialect == Dialect.H2) {
                        handle.execute(H2_LOCK_TIMEOUT);
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
                log.debug("Transaction aborted on a lock (attempt {}), running it again", attempt, e);
                pause(attempt);
            }
        }
    }

    public void useTransaction(Consumer<Handle> callback) {
        inTransaction(handle -> {
            callback.accept(handle);
            return null;
        });
    }

    /**
     * Runs a long read in one transaction without retries (its output may already be on its way): PostgreSQL streams a
     * large result with a fetch size only inside a transaction.
     */
    public <R> R readInTransaction(HandleCallback<R, RuntimeException> callback) {
        requireNoTransaction();
        return jdbi.inTransaction(callback);
    }

    public <R> R withHandle(HandleCallback<R, RuntimeException> callback) {
        requireNoTransaction();
        return jdbi.withHandle(callback);
    }

    /** Runs the callback with a SqlObject DAO on a connection of its own (auto-commit). */
    public <T, R> R with(Class<T> dao, Function<T, R> callback) {
        requireNoTransaction();
        return jdbi.withExtension(dao, callback::apply);
    }

    /** Runs the callback with a SqlObject DAO on a connection of its own (auto-commit). */
    public <T> void use(Class<T> dao, Consumer<T> callback) {
        requireNoTransaction();
        jdbi.useExtension(dao, callback::accept);
    }

    private void requireNoTransaction() {
        if (inTransaction.get()) {
            throw new IllegalStateException("a second connection was asked for inside a transaction: use the transaction's handle");
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(200, 5L << attempt) + ThreadLocalRandom.current().nextLong(10));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running a transaction again", e);
        }
    }
}
