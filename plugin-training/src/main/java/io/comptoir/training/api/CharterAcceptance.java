package io.comptoir.training.api;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** A shop accepted a version of the charter, through one of its staff. */
public record CharterAcceptance(MerchantId shop, int version, AccountId acceptedBy, Instant acceptedAt) {
    public CharterAcceptance {
        requireNonNull(shop, "shop is null");
        requireNonNull(acceptedBy, "acceptedBy is null");
        requireNonNull(acceptedAt, "acceptedAt is null");
    }
}
