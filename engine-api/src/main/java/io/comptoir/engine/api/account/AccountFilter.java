package io.comptoir.engine.api.account;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Which accounts to list, newest first.
 *
 * @param role only accounts holding this role
 * @param emailContains only accounts whose e-mail contains this text (case-insensitive)
 */
public record AccountFilter(Optional<Role> role, Optional<String> emailContains, int offset, int limit) {
    public AccountFilter {
        requireNonNull(role, "role is null");
        requireNonNull(emailContains, "emailContains is null");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }

    public static AccountFilter all() {
        return new AccountFilter(Optional.empty(), Optional.empty(), 0, 50);
    }

    public AccountFilter withRole(Role newRole) {
        return new AccountFilter(Optional.of(newRole), emailContains, offset, limit);
    }

    public AccountFilter page(int newOffset, int newLimit) {
        return new AccountFilter(role, emailContains, newOffset, newLimit);
    }
}
