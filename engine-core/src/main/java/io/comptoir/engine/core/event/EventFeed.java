package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.SubscriptionStart;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The gap-free feed subscriptions read: gives each committed event the next position, in the order events become
 * visible. Event ids come from an identity column, given at insert and visible at commit, so a reader following ids
 * can pass over an id whose transaction commits later; positions are given after commit, one node at a time under
 * {@code event_feed}'s row lock, so whoever has read position n has read every position before it, for good.
 */
final class EventFeed {
    private static final int BATCH = 1_000;
    private static final int MAX_PER_TRANSACTION = 50_000;

    private final Jdbi jdbi;

    EventFeed(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /** Gives positions to every committed event that has none; returns the last position given. */
    long extend() {
        while (true) {
            Extension extension = jdbi.inTransaction(handle -> {
                FeedDao dao = handle.attach(FeedDao.class);
                long head = dao.lockHead();
                int given = 0;
                while (given < MAX_PER_TRANSACTION) {
                    List<Long> ids = dao.unpositioned(BATCH);
                    if (ids.isEmpty()) {
                        break;
                    }
                    List<Long> positions = new ArrayList<>(ids.size());
                    for (int i = 0; i < ids.size(); i++) {
                        positions.add(head + 1 + i);
                    }
                    dao.position(ids, positions);
                    head += ids.size();
                    given += ids.size();
                    if (ids.size() < BATCH) {
                        break;
                    }
                }
                if (given > 0) {
                    dao.setHead(head);
                }
                return new Extension(head, given >= MAX_PER_TRANSACTION);
            });
            if (!extension.more()) {
                return extension.head();
            }
        }
    }

    private record Extension(long head, boolean more) {
    }

    long head() {
        return jdbi.withExtension(FeedDao.class, FeedDao::head);
    }

    /** The position after which a subscription starting at {@code start} reads. */
    long positionFor(SubscriptionStart start, String subscription) {
        requireNonNull(start, "start is null");
        if (start instanceof SubscriptionStart.FromBeginning) {
            return 0;
        }
        if (start instanceof SubscriptionStart.AfterEvent after) {
            long position = jdbi.withExtension(FeedDao.class, dao -> dao.positionOf(after.eventId())).orElseThrow(() ->
                    new io.comptoir.engine.api.error.NotFoundException("event_not_found", "subscription " + subscription
                            + " is to start after event " + after.eventId() + ", which the database does not hold"));
            if (position < 0) {   // committed after the last extension
                extend();
                return positionFor(start, subscription);
            }
            return position;
        }
        if (start instanceof SubscriptionStart.Since since) {
            extend();
            return jdbi.withExtension(FeedDao.class, dao -> dao.positionBefore(since.instant()));
        }
        return extend();
    }

    /** Up to {@code limit} events after a position, in feed order. */
    List<FeedEvent> after(long position, int limit) {
        return jdbi.withExtension(FeedDao.class, dao -> dao.after(position, limit));
    }
}
