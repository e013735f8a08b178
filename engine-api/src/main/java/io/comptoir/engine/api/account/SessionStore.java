package io.comptoir.engine.api.account;

import java.util.Optional;

/**
 * Signed-in sessions, in the database so that any node serves any shopper. Sessions slide: use extends them. A node may
 * answer the sessions it resolved from memory: a session ended on a node is refused there at once, and on the others once
 * they hear of it (the engine's change feed), within a minute at most.
 */
public interface SessionStore {

    /** Opens a session for an account that has just signed in. */
    Session open(AccountId account);

    /** The live session with this token, extended; empty for an unknown, ended or expired token. */
    Optional<Session> resolve(String token);

    /** Ends one session (sign out); the engine publishes {@code account.signed_out}. */
    void close(String token);

    /** Ends every session of an account (sign out everywhere); the engine publishes {@code account.signed_out}. */
    void closeAll(AccountId account);
}
