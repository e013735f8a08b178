package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.RoleGrant;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** An {@code account} row. */
public record AccountRow(long id, String email, String displayName, String passwordHash, boolean active,
                         Instant createdAt, Instant updatedAt, String language) {

    Account toAccount(Collection<RoleGrant> grants) {
        return new Account(new AccountId(id), email, displayName, Set.copyOf(grants), active, createdAt, Locale.forLanguageTag(language));
    }

    /** Leaves the hash out, so that a logged row shows nothing to attack offline. */
    @Override
    public String toString() {
        return "AccountRow[id=" + id + ", email=" + email + ", active=" + active + "]";
    }
}
