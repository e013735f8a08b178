package io.comptoir.engine.core.event;

import java.util.List;

/**
 * Something kept in memory that must follow the {@code domain_event} change feed, as the search index does: it is told
 * of every batch of committed events, whichever node wrote them, in commit-visible order.
 */
@FunctionalInterface
public interface ChangeFeedListener {
    void changed(List<EventRow> events);
}
