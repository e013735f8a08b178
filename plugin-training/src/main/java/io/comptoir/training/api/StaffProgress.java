package io.comptoir.training.api;

import io.comptoir.engine.api.account.AccountId;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** What one staff member of the shop completed for it. */
public record StaffProgress(AccountId account, String name, List<ModuleId> completed) {
    public StaffProgress {
        requireNonNull(account, "account is null");
        requireNonNull(name, "name is null");
        completed = List.copyOf(requireNonNull(completed, "completed is null"));
    }
}
