package io.comptoir.engine.api.account;

import java.util.Optional;

/** Signed-in sessions, in the database so that any node serves any shopper. Sessions slide: use extends them. */
public interface SessionStore {

    /** Opens a session for an account that has just signed in. */
    Session open(AccountId account);

    /** The live session with this token, extended; empty for an unknown, ended or expired token. */
    Optional<Session> resolve(String token);

    /** Ends one session (sign out). */
    void close(String token);

    /** Ends every session of an account (password change, account closed). */
    void closeAll(AccountId account);
}
