package io.comptoir.training.api;

public enum ApplicationStatus {
    /** Waiting for a territory admin. */
    PENDING,
    /** An admin is approving it right now (the shop and the account are being created). */
    APPROVING,
    /** The shop exists, in onboarding, and its contact is its staff. */
    APPROVED,
    /** Turned down, with a reason; the SIRET may apply again. */
    REJECTED
}
