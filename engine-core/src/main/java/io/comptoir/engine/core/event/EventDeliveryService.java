package io.comptoir.engine.core.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EventDeliveries;
import io.comptoir.engine.api.event.ParkedEvent;
import io.comptoir.engine.api.event.SubscriptionStart;
import io.comptoir.engine.api.event.SubscriptionState;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/** The operator's {@link EventDeliveries}, over the subscriptions table; each action wakes this node's dispatcher. */
public final class EventDeliveryService implements EventDeliveries {
    private static final Logger log = LoggerFactory.getLogger(EventDeliveryService.class);
    private static final int MAX_PAGE = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final EventDispatcher dispatcher;

    public EventDeliveryService(Jdbi jdbi, Clock clock, EventDispatcher dispatcher) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.dispatcher = requireNonNull(dispatcher, "dispatcher is null");
    }

    @Override
    public List<SubscriptionState> subscriptions() {
        long head = dispatcher.feed().head();
        return jdbi.withExtension(SubscriptionDao.class, SubscriptionDao::all).stream().map(row -> state(row, head)).toList();
    }

    @Override
    public Optional<SubscriptionState> subscription(String name) {
        requireNonNull(name, "name is null");
        long head = dispatcher.feed().head();
        return jdbi.withExtension(SubscriptionDao.class, dao -> dao.one(name)).map(row -> state(row, head));
    }

    private SubscriptionState state(SubscriptionRow row, long head) {
        return new SubscriptionState(row.subscription(), dispatcher.subscriptions().serves(row.subscription()), row.lastServedAt(),
                row.lastServedBy(), row.lastEventId() == 0 ? OptionalLong.empty() : OptionalLong.of(row.lastEventId()),
                Math.max(0, head - row.feedPosition()), row.isFailing() ? OptionalLong.of(row.failingEventId()) : OptionalLong.empty(),
                row.attempts(), row.nextAttemptAt(), Optional.ofNullable(row.lastError()),
                row.isLeased(clock.instant()) ? Optional.of(row.leaseOwner()) : Optional.empty(), row.parked());
    }

    @Override
    public List<ParkedEvent> parked(String subscription, int limit) {
        require(subscription);
        if (limit < 1) {
            throw InvalidInputException.invalid("limit", "limit must be positive");
        }
        return jdbi.withExtension(SubscriptionDao.class, dao -> dao.parked(subscription, Math.min(limit, MAX_PAGE))).stream()
                .map(row -> new ParkedEvent(row.subscription(), row.event().toEvent(), row.attempts(),
                        Optional.ofNullable(row.lastError()), row.parkedAt(), row.parkedBy(), row.replayRequestedAt() != null))
                .toList();
    }

    @Override
    public void retryNow(String subscription, Actor actor) {
        requireNonNull(actor, "actor is null");
        require(subscription);
        jdbi.useExtension(SubscriptionDao.class, dao -> dao.retryNow(subscription, clock.instant()));
        log.info("{} asked subscription {} to retry now", actor, subscription);
        dispatcher.poke();
    }

    @Override
    public void parkFailing(String subscription, Actor actor) {
        requireNonNull(actor, "actor is null");
        SubscriptionRow row = require(subscription);
        if (!row.isFailing()) {
            throw new ConflictException("not_failing", "subscription " + subscription + " is not retrying any event");
        }
        boolean parked = jdbi.inTransaction(handle -> {
            SubscriptionDao dao = handle.attach(SubscriptionDao.class);
            if (dao.skipFailing(subscription, row.failingEventId(), clock.instant()) == 0) {
                return false;
            }
            dao.park(subscription, row.failingEventId(), row.attempts(), row.lastError(), clock.instant(), actor.toString());
            return true;
        });
        if (!parked) {
            throw new ConflictException("not_failing", "subscription " + subscription + " moved on meanwhile: look again");
        }
        log.info("{} parked event {} of subscription {}", actor, row.failingEventId(), subscription);
        dispatcher.poke();
    }

    @Override
    public void replayParked(String subscription, long eventId, Actor actor) {
        requireNonNull(actor, "actor is null");
        require(subscription);
        if (jdbi.withExtension(SubscriptionDao.class, dao -> dao.requestReplay(subscription, eventId, clock.instant())) == 0) {
            throw new NotFoundException("parked_event_not_found", "event " + eventId + " is not parked for " + subscription);
        }
        log.info("{} asked for parked event {} of subscription {} to be replayed", actor, eventId, subscription);
        dispatcher.poke();
    }

    @Override
    public void discardParked(String subscription, long eventId, Actor actor) {
        requireNonNull(actor, "actor is null");
        require(subscription);
        if (jdbi.withExtension(SubscriptionDao.class, dao -> dao.unpark(subscription, eventId)) == 0) {
            throw new NotFoundException("parked_event_not_found", "event " + eventId + " is not parked for " + subscription);
        }
        log.info("{} discarded parked event {} of subscription {}", actor, eventId, subscription);
    }

    @Override
    public void rewind(String subscription, SubscriptionStart to, Actor actor) {
        requireNonNull(to, "to is null");
        requireNonNull(actor, "actor is null");
        require(subscription);
        long position = dispatcher.feed().positionFor(to, subscription);
        jdbi.useExtension(SubscriptionDao.class, dao -> dao.moveTo(subscription, position, clock.instant()));
        log.info("{} moved subscription {} to feed position {} ({})", actor, subscription, position, to);
        dispatcher.poke();
    }

    @Override
    public void forget(String subscription, Actor actor) {
        requireNonNull(actor, "actor is null");
        require(subscription);
        if (dispatcher.subscriptions().serves(subscription)) {
            throw new ConflictException("subscription_in_use", "this node serves subscription " + subscription);
        }
        jdbi.useTransaction(handle -> {
            SubscriptionDao dao = handle.attach(SubscriptionDao.class);
            dao.forgetParked(subscription);
            dao.forget(subscription);
        });
        log.info("{} forgot subscription {}", actor, subscription);
    }

    private SubscriptionRow require(String subscription) {
        requireNonNull(subscription, "subscription is null");
        return jdbi.withExtension(SubscriptionDao.class, dao -> dao.one(subscription))
                .orElseThrow(() -> NotFoundException.of("subscription", subscription));
    }
}
