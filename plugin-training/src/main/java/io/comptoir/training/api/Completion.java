package io.comptoir.training.api;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A module completed by one person working for one shop. */
public record Completion(ModuleId module, AccountId account, MerchantId shop, Instant completedAt, CompletionVia via) {
    public Completion {
        requireNonNull(module, "module is null");
        requireNonNull(account, "account is null");
        requireNonNull(shop, "shop is null");
        requireNonNull(completedAt, "completedAt is null");
        requireNonNull(via, "via is null");
    }
}
