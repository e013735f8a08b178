package io.comptoir.app.account;

import io.comptoir.engine.api.privacy.ErasureReceipt;

import java.time.Instant;

/**
 * What an erasure did, as the API answers it (schema {@code ErasureReceipt}).
 *
 * @param orders the account's orders, kept for the books with their personal fields replaced
 */
public record ErasureJson(long accountId, Instant erasedAt, int orders) {

    public static ErasureJson of(ErasureReceipt receipt) {
        return new ErasureJson(receipt.person().value(), receipt.erasedAt(), receipt.orders());
    }
}
