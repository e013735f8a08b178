package io.comptoir.engine.core.event;

import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.event.EventBatchException;
import io.comptoir.engine.core.persistence.DurabilityBarrier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Delivers one subscription's events, on a node that holds the subscription's lease: first the parked events an operator
 * asked to replay, then the feed after the subscription's position, in order, in batches of up to {@value #BATCH} events
 * read at once, the events of a batch that the listener wants handed to it together when it takes batches
 * ({@link DomainEventListener#onEvents}), else one at a time. The position moves once per batch (not once per event) with
 * an update guarded by the lease and the position read, so a node that lost its lease stops at the end of the batch at the
 * latest (and before its next event, or its next batch, when its lease keeper saw the loss); what it delivered since its
 * last update is delivered again by the next holder (at least once). The last batch's move is left to the caller, which
 * makes it in the update that releases the lease ({@link Session#unstored}).
 *
 * <p>A failed event blocks its subscription (later events wait, which keeps the order) until its retry, with back-off;
 * after the last attempt it is parked and the subscription goes on.
 */
final class SubscriptionWorker {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionWorker.class);
    private static final int BATCH = 200;
    static final String ENGINE = "engine";

    private final Jdbi jdbi;
    private final Clock clock;
    private final EventFeed feed;
    private final EventSettings settings;
    private final String node;
    private final DurabilityBarrier durable;

    SubscriptionWorker(Jdbi jdbi, Clock clock, EventFeed feed, EventSettings settings, String node, DurabilityBarrier durable) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.feed = requireNonNull(feed, "feed is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.node = requireNonNull(node, "node is null");
        this.durable = requireNonNull(durable, "durable is null");
    }

    /** This node's hold on one subscription, renewed while it works; {@link #lost} once another may have taken it. */
    static final class Claim {
        final String subscription;
        volatile boolean lost;

        Claim(String subscription) {
            this.subscription = subscription;
        }
    }

    /**
     * What a session did.
     *
     * @param delivered events its listener accepted
     * @param moved whether anything changed (an event delivered, skipped, parked or failed)
     * @param more whether it stopped with work left (its time ran out)
     */
    record Session(int delivered, boolean moved, boolean more, Progress unstored) {
        static final Session NOTHING = new Session(0, false, false, Progress.NONE);

        Session(int delivered, boolean moved, boolean more) {
            this(delivered, moved, more, Progress.NONE);
        }
    }

    /**
     * Events handled (delivered, or not wanted) whose position is not stored yet: the subscription is to move from
     * {@code from} to {@code to} under this node's lease.
     */
    record Progress(long from, long to) {
        static final Progress NONE = new Progress(0, 0);

        boolean any() {
            return to > from;
        }
    }

    /**
     * Works the subscription, claimed as it was in {@code row}, until it is caught up, blocked by a failure, past
     * {@code budget} or its claim is lost. {@code known}, when not empty, holds every event after the subscription's
     * position up to the feed's head when it was read (the dispatcher's round read them for all subscriptions): the first
     * batch is taken from it instead of the database.
     */
    Session work(Subscriptions.Registration subscription, SubscriptionRow row, Claim claim, Duration budget,
                 Optional<List<FeedEvent>> known) {
        String name = subscription.name();
        DomainEventListener listener = subscription.listener();
        Instant deadline = clock.instant().plus(budget);
        int delivered = row.replays() > 0 ? replays(name, listener, claim) : 0;
        boolean moved = delivered > 0;
        if (row.nextAttemptAt().isAfter(clock.instant())) {
            return new Session(delivered, moved, false);
        }
        long stored = row.feedPosition();   // the subscription's position in the database
        Optional<List<FeedEvent>> first = known.map(events -> events.stream().filter(event -> event.position() > row.feedPosition())
                .limit(BATCH).toList());
        while (!claim.lost) {
            List<FeedEvent> batch = first.isPresent() ? first.get() : feed.after(stored, BATCH);
            first = Optional.empty();
            if (batch.isEmpty()) {
                return new Session(delivered, moved, false);
            }
            List<FeedEvent> wanted = batch.stream().filter(event -> accepts(listener, event.row().type())).toList();
            if (claim.lost) {
                return new Session(delivered, moved, false);
            }
            if (!wanted.isEmpty()) {   // a listener (a mail) acts on the events only once their commits are in the files (H2)
                jdbi.useHandle(durable::await);
            }
            int next = 0;
            while (next < wanted.size()) {
                List<FeedEvent> rest = wanted.subList(next, wanted.size());
                Delivered outcome = subscription.takesBatches() ? deliverBatch(listener, rest, claim, deadline)
                        : deliverEach(listener, rest, claim, deadline);
                moved = true;
                int done = outcome.count();
                delivered += done;
                if (outcome.failure().isEmpty()) {
                    if (claim.lost) {   // the next holder delivers again what this node did since its last stored position
                        return new Session(delivered, true, false);
                    }
                    if (done < rest.size()) {   // out of time: what was delivered is stored with the lease's release
                        return new Session(delivered, true, true, new Progress(stored, rest.get(done - 1).position()));
                    }
                    break;
                }
                // as onEvent failing for that event: the subscription stops there (its retry keeps the order) or parks it
                FeedEvent event = rest.get(done);
                Throwable cause = outcome.failure().get();
                int attempts = row.isFailing() && row.failingEventId() == event.row().id() ? row.attempts() + 1 : 1;
                String error = describe(cause);
                if (attempts < settings.maxAttempts()) {
                    Duration delay = EventSettings.backOff(attempts);
                    log.warn("Subscription {} failed on event {} ({}), attempt {} of {}; next in {}", name, event.row().id(),
                            event.row().type(), attempts, settings.maxAttempts(), delay, cause);
                    long from = stored;
                    jdbi.useExtension(SubscriptionDao.class, dao -> dao.fail(name, node, from, event.position() - 1,
                            event.row().id(), attempts, clock.instant().plus(delay), error));
                    return new Session(delivered, true, false);
                }
                log.error("Subscription {} parks event {} ({}) after {} failed attempts; it goes on with the next events",
                        name, event.row().id(), event.row().type(), attempts, cause);
                if (!park(name, stored, event, attempts, error)) {
                    claim.lost = true;
                    return new Session(delivered, true, false);
                }
                stored = event.position();
                next += done + 1;
            }
            long handled = batch.get(batch.size() - 1).position();   // every wanted event delivered or parked, the others passed over
            // One update per batch, guarded by the lease and the position read: the events delivered since are delivered
            // again only if this node stops before it (at least once), never skipped. The session's last batch is stored
            // by the caller, with the lease's release.
            boolean timeUp = clock.instant().isAfter(deadline);
            if (timeUp || batch.size() < BATCH) {   // at the feed's end when it was read, what came since is the next round's
                return new Session(delivered, moved || handled > stored, timeUp, new Progress(stored, handled));
            }
            if (handled > stored) {
                if (!advance(name, stored, handled)) {
                    claim.lost = true;
                    return new Session(delivered, true, false);
                }
                stored = handled;
                moved = true;
            }
        }
        return new Session(delivered, moved, false);
    }

    /** Delivers the parked events an operator asked to replay; returns how many succeeded. */
    private int replays(String name, DomainEventListener listener, Claim claim) {
        int delivered = 0;
        for (ParkedRow parked : jdbi.withExtension(SubscriptionDao.class, dao -> dao.replays(name, BATCH))) {
            if (claim.lost) {
                break;
            }
            long eventId = parked.event().id();
            Optional<Throwable> failure = deliver(listener, parked.event());
            if (failure.isEmpty()) {
                jdbi.useExtension(SubscriptionDao.class, dao -> dao.unpark(name, eventId));
                log.info("Subscription {} received parked event {} on replay", name, eventId);
                delivered++;
            }
            else {
                log.warn("Subscription {} failed again on parked event {}; it stays parked", name, eventId, failure.get());
                jdbi.useExtension(SubscriptionDao.class, dao -> dao.replayFailed(name, eventId, describe(failure.get())));
            }
        }
        return delivered;
    }

    private boolean advance(String name, long from, long to) {
        return jdbi.withExtension(SubscriptionDao.class, dao -> dao.advance(name, node, from, to, clock.instant())) == 1;
    }

    private boolean park(String name, long from, FeedEvent event, int attempts, String error) {
        return jdbi.inTransaction(handle -> {
            SubscriptionDao dao = handle.attach(SubscriptionDao.class);
            if (dao.advance(name, node, from, event.position(), clock.instant()) == 0) {
                return false;
            }
            dao.park(name, event.row().id(), attempts, error, clock.instant(), ENGINE);
            return true;
        });
    }

    static boolean accepts(DomainEventListener listener, String type) {
        try {
            return listener.accepts(type);
        }
        catch (RuntimeException e) {
            log.warn("A listener's accepts({}) failed; the event is offered to it", type, e);
            return true;
        }
    }

    /**
     * What a delivery of consecutive events did: how many were delivered from the first, then the failure of the next
     * one, if any; fewer delivered without a failure means the delivery stopped there (the lease lost, the time up).
     */
    private record Delivered(int count, Optional<Throwable> failure) {
    }

    /** Delivers events one at a time, stopping between two when this node loses the lease or the session's time is up. */
    private Delivered deliverEach(DomainEventListener listener, List<FeedEvent> events, Claim claim, Instant deadline) {
        for (int i = 0; i < events.size(); i++) {
            if (claim.lost || i > 0 && clock.instant().isAfter(deadline)) {
                return new Delivered(i, Optional.empty());
            }
            Optional<Throwable> failure = deliver(listener, events.get(i).row());
            if (failure.isPresent()) {
                return new Delivered(i, failure);
            }
        }
        return new Delivered(events.size(), Optional.empty());
    }

    /**
     * Delivers events as one batch ({@link DomainEventListener#onEvents}); when the listener's batch fails without naming
     * the event that failed, delivers them again one at a time, which finds it.
     */
    private Delivered deliverBatch(DomainEventListener listener, List<FeedEvent> events, Claim claim, Instant deadline) {
        Throwable unnamed;
        try {
            listener.onEvents(events.stream().map(event -> event.row().toEvent()).toList());
            return new Delivered(events.size(), Optional.empty());
        }
        catch (VirtualMachineError fatal) {
            throw fatal;
        }
        catch (EventBatchException failure) {
            if (failure.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (failure.index() < events.size()) {
                return new Delivered(failure.index(), Optional.of(failure.getCause()));
            }
            unnamed = failure;
        }
        catch (Throwable failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            unnamed = failure;
        }
        if (events.size() == 1) {
            return new Delivered(0, Optional.of(unnamed));
        }
        log.debug("A batch of {} events failed without naming the event; delivering them one at a time", events.size(), unnamed);
        return deliverEach(listener, events, claim, deadline);
    }

    private static Optional<Throwable> deliver(DomainEventListener listener, EventRow event) {
        try {
            listener.onEvent(event.toEvent());
            return Optional.empty();
        }
        catch (VirtualMachineError fatal) {
            throw fatal;
        }
        catch (Throwable failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(failure);
        }
    }

    static String describe(Throwable failure) {
        String text = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
