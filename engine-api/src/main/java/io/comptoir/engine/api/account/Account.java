package io.comptoir.engine.api.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * A person who signs in. Passwords never leave the engine: this record carries none.
 *
 * @param active   false once an admin has closed the account: it can no longer sign in
 * @param language the language its holder chose for what the marketplace sends them (mails, PDFs), a bare language
 *                 such as {@code fr} or {@code en}; {@link #DEFAULT_LANGUAGE} unless chosen
 */
public record Account(AccountId id, String email, String displayName, Set<RoleGrant> grants, boolean active, Instant createdAt,
                      Locale language) {
    /** French: the language of the territory, for accounts that chose none. */
    public static final Locale DEFAULT_LANGUAGE = Locale.FRENCH;

    public Account(AccountId id, String email, String displayName, Set<RoleGrant> grants, boolean active, Instant createdAt) {
        this(id, email, displayName, grants, active, createdAt, DEFAULT_LANGUAGE);
    }

    public Account {
        requireNonNull(id, "id is null");
        requireNonNull(email, "email is null");
        requireNonNull(displayName, "displayName is null");
        grants = Set.copyOf(requireNonNull(grants, "grants is null"));
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(language, "language is null");
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(grant -> grant.role().equals(role));
    }

    /** The scopes (shop or point of sale ids) this account holds the role for. */
    public Set<Long> scopesOf(Role role) {
        return grants.stream().filter(grant -> grant.role().equals(role) && grant.scope().isPresent())
                .map(grant -> grant.scope().getAsLong()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the account works for that shop. */
    public boolean isStaffOf(long merchantId) {
        return scopesOf(Role.MERCHANT_STAFF).contains(merchantId);
    }
}
