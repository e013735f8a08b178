package io.comptoir.engine.core.payment.sandbox;

/**
 * A row of {@code sandbox_card_payment}: the simulated bank's view of one card payment.
 *
 * @param paymentId the engine's payment the authorisation named; null for those taken before the bank kept it
 */
record SandboxPaymentRow(String reference, String idempotencyKey, long amount, long captured, long released, long refunded,
                         String status, String cardLast4, String declineReason, Long paymentId) {
}
