package io.comptoir.engine.core.payment.sandbox;

/** A row of {@code sandbox_card_operation}: an operation already answered, replayed for its idempotency key. */
record SandboxOperationRow(String idempotencyKey, String reference, String kind, long amount, String outcome, String message) {
}
