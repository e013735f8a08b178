package io.comptoir.engine.core.account;

import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.EventRow;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sessions this node resolved, kept by the SHA-256 of their token (never the token itself), so that a signed-in
 * request does not read the {@code session} table each time. {@link DatabaseSessionStore} decides when a kept session
 * may be answered; this class only keeps and forgets.
 *
 * <p>A session is forgotten when this node ends it, and every session of an account when this node ends them all or
 * changes the account (right after the commit) and when the change feed brings any event of that account written by any
 * node (a sign-out, a password change, a closure, an erasure all publish one). A read that started before a forget may finish after it: it keeps
 * what it read only if nothing was forgotten in between (a generation counter), so a session read live just before its
 * sign-out is never kept after it.
 */
@Singleton
public final class SessionMemory implements ChangeFeedListener {
    static final int MAX_ENTRIES = 20_000;
    private static final String ACCOUNT = "account";

    private final int maxEntries;
    private final Map<String, SessionRow> sessions = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    public SessionMemory() {
        this(MAX_ENTRIES);
    }

    /** @param maxEntries past it the memory starts over rather than grow without bound */
    SessionMemory(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.maxEntries = maxEntries;
    }

    /** Read before a read of the database whose result may be kept; passed back to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    Optional<SessionRow> get(String tokenHash) {
        return Optional.ofNullable(sessions.get(tokenHash));
    }

    /** Keeps what was read, unless something was forgotten since {@code generationAtRead}. */
    synchronized void keep(long generationAtRead, String tokenHash, SessionRow session) {
        // under the lock the forgets take too: none can slip between the check and the put
        if (generation.get() != generationAtRead) {
            return;
        }
        if (sessions.size() >= maxEntries) {
            sessions.clear();
        }
        sessions.put(tokenHash, session);
    }

    synchronized void forget(String tokenHash) {
        generation.incrementAndGet();
        sessions.remove(tokenHash);
    }

    /** Forgets every kept session of the account. */
    public synchronized void forgetAccount(long accountId) {
        generation.incrementAndGet();
        sessions.values().removeIf(session -> session.accountId() == accountId);
    }

    @Override
    public void changed(List<EventRow> events) {
        for (EventRow event : events) {
            if (event.aggregateType().equals(ACCOUNT)) {
                try {
                    forgetAccount(Long.parseLong(event.aggregateId()));
                }
                catch (NumberFormatException e) {
                    // not an account id of this engine: nothing kept under it
                }
            }
        }
    }
}
