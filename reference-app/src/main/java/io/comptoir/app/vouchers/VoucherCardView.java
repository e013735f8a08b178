package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.Badge;

import java.util.Optional;

/**
 * A voucher as the counter shows it after its code was checked, with the redemption form when it can be redeemed here.
 *
 * @param refusal why it cannot be redeemed here, in the reader's language
 * @param code what the staff typed, sent again with the amount
 * @param key the idempotency key of this redemption
 */
public record VoucherCardView(String maskedCode, String programme, String balance, String deadline, Badge status,
                              Optional<String> refusal, String code, String key, String amount) {
}
