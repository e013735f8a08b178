package io.comptoir.engine.core.event;

import io.comptoir.engine.core.support.BackgroundThreads;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/**
 * Tells the other nodes sharing a PostgreSQL database that this node committed changes, and wakes this node when another
 * one did, so that a change reaches another node's search index and caches in a few tens of milliseconds instead of at
 * its follower's next poll (which stays as the safety net: a notification is lost when its listener's connection is).
 *
 * <p>One thread holds one connection of the pool, {@code LISTEN}s on it, and sends at most one {@code NOTIFY} per
 * {@link #COALESCE} however many commits this node made meanwhile, in its own short transaction: a commit of an order
 * does not notify itself, because a transaction that notifies takes a database-wide lock while it commits, which would
 * serialise every purchase of every node. Notifications are database-wide, so the payload names the schema (several
 * marketplaces, or tests, may share a database) and the sending node (its own notifications are ignored).
 */
public final class FeedNotifications implements AutoCloseable {
    static final String CHANNEL = "comptoir_feed";
    static final Duration COALESCE = Duration.ofMillis(100);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(FeedNotifications.class);

    private final DataSource dataSource;
    private final Runnable onOtherNodesCommit;
    private final String node = UUID.randomUUID().toString();
    private final AtomicBoolean toSend = new AtomicBoolean();
    private volatile boolean running;
    private volatile Thread thread;

    /** @param onOtherNodesCommit run in this class's thread each time other nodes committed (at most once per wait) */
    public FeedNotifications(DataSource dataSource, Runnable onOtherNodesCommit) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.onOtherNodesCommit = requireNonNull(onOtherNodesCommit, "onOtherNodesCommit is null");
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = BackgroundThreads.start("comptoir-feed-notifications", this::run);
    }

    /** This node committed something other nodes follow: they hear of it within {@link #COALESCE}. Returns at once. */
    public void committed() {
        toSend.set(true);
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                String schema = currentSchema(connection);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                // anything committed while this node was not listening is read by the follower's next poll
                onOtherNodesCommit.run();
                follow(connection, schema);
            }
            catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening to other nodes' commits failed; polling alone until it works again", e);
                    sleep(RETRY);
                }
            }
        }
    }

    private void follow(Connection connection, String schema) throws SQLException {
        PGConnection listener = connection.unwrap(PGConnection.class);
        String mine = schema + ":" + node;
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, mine);
            while (running) {
                if (toSend.getAndSet(false)) {
                    notify.execute();
                }
                PGNotification[] received = listener.getNotifications((int) COALESCE.toMillis());
                if (received != null && fromOtherNodes(received, schema + ":", mine)) {
                    onOtherNodesCommit.run();
                }
            }
        }
    }

    private static boolean fromOtherNodes(PGNotification[] received, String schemaPrefix, String mine) {
        for (PGNotification notification : received) {
            String payload = notification.getParameter();
            if (payload.startsWith(schemaPrefix) && !payload.equals(mine)) {
                return true;
            }
        }
        return false;
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        Thread toStop;
        synchronized (this) {
            running = false;
            toStop = thread;
        }
        BackgroundThreads.stop(toStop);
    }
}
