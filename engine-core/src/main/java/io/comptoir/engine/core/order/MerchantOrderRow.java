package io.comptoir.engine.core.order;

import java.time.Instant;

/** A row of {@code merchant_order}, with the shop's name. */
public record MerchantOrderRow(long id, long customerOrderId, String number, long merchantId, String merchantName, String status,
                               String fulfilment, String recipient, String street, String postalCode, String communeInsee,
                               String phone, String instructions, long subtotal, long deliveryFee, long total, long refunded,
                               String currency, Instant createdAt) {
}
