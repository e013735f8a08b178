package io.comptoir.engine.api;

import static java.util.Objects.requireNonNull;

/**
 * Who made a change: an account of the marketplace or a component of the system (a seed import, a scheduled
 * job). Recorded with state transitions and domain events so that every change can be traced.
 *
 * @param type {@code account} or {@code system}
 * @param id the account id, or the component's name
 */
public record Actor(String type, String id) {
    public static final String ACCOUNT = "account";
    public static final String SYSTEM = "system";

    public Actor {
        requireNonNull(type, "type is null");
        requireNonNull(id, "id is null");
        if (!type.equals(ACCOUNT) && !type.equals(SYSTEM)) {
            throw new IllegalArgumentException("unknown actor type " + type);
        }
        if (id.isBlank()) {
            throw new IllegalArgumentException("actor id is blank");
        }
    }

    public static Actor system(String component) {
        return new Actor(SYSTEM, component);
    }

    public static Actor account(long accountId) {
        return new Actor(ACCOUNT, Long.toString(accountId));
    }

    /** The compact form {@code type:id}, as stored. */
    @Override
    public String toString() {
        return type + ":" + id;
    }

    /** Reads the compact form written by {@link #toString()}. */
    public static Actor parse(String text) {
        int colon = requireNonNull(text, "text is null").indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an actor: " + text);
        }
        return new Actor(text.substring(0, colon), text.substring(colon + 1));
    }
}
