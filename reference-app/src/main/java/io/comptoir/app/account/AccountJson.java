package io.comptoir.app.account;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;

import java.time.Instant;
import java.util.List;

/** The API's view of an account: never a password, nor anything of the session but what the client needs. */
public record AccountJson(long id, String email, String displayName, List<String> roles, String language, Instant createdAt) {

    public static AccountJson of(Account account) {
        return new AccountJson(account.id().value(), account.email(), account.displayName(),
                account.grants().stream().map(RoleGrant::toString).sorted().toList(), account.language().getLanguage(), account.createdAt());
    }

    /** A session just opened: the token to send as {@code Authorization: Bearer}, and its CSRF token for cookie use. */
    public record SessionJson(String token, String csrfToken, Instant expiresAt, AccountJson account) {
        static SessionJson of(Session session, Account account) {
            return new SessionJson(session.token(), session.csrfToken(), session.expiresAt(), AccountJson.of(account));
        }
    }

    /** Who is calling, and the CSRF token their state-changing calls send when they use the session cookie. */
    public record Me(AccountJson account, String csrfToken) {
    }
}
