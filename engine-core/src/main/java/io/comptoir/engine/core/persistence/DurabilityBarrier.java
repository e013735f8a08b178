package io.comptoir.engine.core.persistence;

import io.comptoir.plugin.kit.Dialect;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * Makes what a thread has just read durable before the thread answers on it. On H2 a transaction is visible to other
 * sessions a moment before its commit has written it to the file (H2 marks it committed, then stores it): a thread that
 * reads another's commit in that moment — a shopper's checkout waiting for the card processor's webhook, which another
 * thread settles — could answer "placed" for an order a crash then loses. {@link #await} closes that window: on an H2 file
 * database it runs {@code CHECKPOINT}, which waits for a store in progress and writes whatever is committed and not yet
 * stored, so everything the thread could read is in the file when it returns. PostgreSQL shows a commit only once it is
 * flushed, and an in-memory H2 database keeps nothing: there it does nothing.
 */
public final class DurabilityBarrier {
    private static final Logger log = LoggerFactory.getLogger(DurabilityBarrier.class);
    /** Does nothing: for databases that show only durable commits. */
    public static final DurabilityBarrier NONE = new DurabilityBarrier(false);

    private final boolean needed;
    private volatile boolean refused;

    private DurabilityBarrier(boolean needed) {
        this.needed = needed;
    }

    /** The barrier the database needs: a real one on an H2 file database, none otherwise. */
    public static DurabilityBarrier of(DataSource dataSource, Dialect dialect) {
        requireNonNull(dataSource, "dataSource is null");
        if (dialect != Dialect.H2) {
            return NONE;
        }
        try (Connection connection = dataSource.getConnection()) {
            return new DurabilityBarrier(DurableCommits.isH2File(connection.getMetaData().getURL()));
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** Returns once every commit the handle's connection can read is in the database's files. */
    public void await(Handle handle) {
        if (!needed || refused) {
            return;
        }
        try {
            handle.execute("CHECKPOINT");
        }
        catch (RuntimeException e) {
            // CHECKPOINT needs an admin user: without one, answers may precede the file by a moment, as before
            refused = true;
            log.warn("The embedded database refused CHECKPOINT ({}): answers may reach clients a moment before the commit they report "
                    + "reaches the file. Connect as the database's admin user.", e.getMessage());
        }
    }
}
