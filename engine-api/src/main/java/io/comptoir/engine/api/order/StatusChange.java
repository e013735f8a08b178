package io.comptoir.engine.api.order;

import io.comptoir.engine.api.Actor;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** One step of a merchant order's history: who moved it, when, and why (the note may be empty). */
public record StatusChange(MerchantOrderStatus from, MerchantOrderStatus to, OrderAction action, Actor actor, Instant at, String note) {
    public StatusChange {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(action, "action is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(at, "at is null");
        requireNonNull(note, "note is null");
    }

    /**
     * Whether this is the engine cancelling an order whose payment was refused. Its note is the engine's own words
     * (French in histories written before engine API 1.2, empty since): a page says it in the reader's language instead.
     */
    public boolean paymentRefused() {
        return from == MerchantOrderStatus.PENDING_PAYMENT && to == MerchantOrderStatus.CANCELLED && !actor.type().equals(Actor.ACCOUNT);
    }
}
