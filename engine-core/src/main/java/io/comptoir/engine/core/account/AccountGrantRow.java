package io.comptoir.engine.core.account;

import java.time.Instant;

/** An account joined with one of its roles ({@code role} null for an account without any). */
public record AccountGrantRow(long id, String email, String displayName, String passwordHash, boolean active, Instant createdAt,
                              Instant updatedAt, String language, String role, Long scope) {

    AccountRow account() {
        return new AccountRow(id, email, displayName, passwordHash, active, createdAt, updatedAt, language);
    }

    boolean hasRole() {
        return role != null;
    }

    GrantRow grant() {
        return new GrantRow(id, role, scope == null ? GrantRow.NO_SCOPE : scope);
    }

    @Override
    public String toString() {
        return "AccountGrantRow[id=" + id + ", role=" + role + "]";
    }
}
