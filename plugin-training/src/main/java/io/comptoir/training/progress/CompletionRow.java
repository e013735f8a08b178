package io.comptoir.training.progress;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.api.Completion;
import io.comptoir.training.api.CompletionVia;
import io.comptoir.training.api.ModuleId;

import java.time.Instant;

/** A row of {@code training_completion}. */
public record CompletionRow(long moduleId, long accountId, long merchantId, Instant completedAt, String via, Long bookingId) {
    public Completion toCompletion() {
        return new Completion(new ModuleId(moduleId), new AccountId(accountId), new MerchantId(merchantId), completedAt,
                CompletionVia.valueOf(via));
    }
}
