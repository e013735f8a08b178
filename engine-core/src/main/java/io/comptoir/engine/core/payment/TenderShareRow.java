package io.comptoir.engine.core.payment;

/** A row of {@code tender_share}, with its payment's provider and position. */
public record TenderShareRow(long paymentId, long merchantOrderId, String provider, int position, long amount, long captured,
                             long released, long refunded, String currency) {
}
