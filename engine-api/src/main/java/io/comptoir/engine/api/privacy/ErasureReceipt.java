package io.comptoir.engine.api.privacy;

import io.comptoir.engine.api.account.AccountId;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * What an erasure did.
 *
 * @param orders the orders whose personal fields were replaced (they stay for the books)
 */
public record ErasureReceipt(AccountId person, Instant erasedAt, int orders) {
    public ErasureReceipt {
        requireNonNull(person, "person is null");
        requireNonNull(erasedAt, "erasedAt is null");
    }
}
