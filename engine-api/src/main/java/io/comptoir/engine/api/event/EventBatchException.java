package io.comptoir.engine.api.event;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by {@link DomainEventListener#onEvents} to name the event of the batch that failed: the events before it count
 * as delivered, and the failure is that event's, as if {@link DomainEventListener#onEvent} had thrown {@link #getCause()}
 * for it (retried with back-off, then parked). Since engine API 1.3.
 */
public final class EventBatchException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int index;

    /**
     * @param index the position in the batch of the event that failed, from 0
     * @param cause why it failed
     */
    public EventBatchException(int index, Throwable cause) {
        super("event " + index + " of the batch failed", requireNonNull(cause, "cause is null"));
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        this.index = index;
    }

    /** The position in the batch of the event that failed, from 0. */
    public int index() {
        return index;
    }
}
