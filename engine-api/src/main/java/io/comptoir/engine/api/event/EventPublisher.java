package io.comptoir.engine.api.event;

import java.sql.Connection;

/**
 * Publishes domain events into the transactional outbox. The event is written with the caller's JDBC
 * connection, inside the caller's transaction: it exists if and only if that transaction commits.
 */
public interface EventPublisher {

    /**
     * Writes the event in the transaction of {@code transaction}.
     *
     * @return the id given to the event
     */
    long publish(Connection transaction, PendingEvent event);
}
