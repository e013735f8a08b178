package io.comptoir.vouchers.sale;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;

/** The sale statement of the hot path, with the fluent API (see {@link io.comptoir.vouchers.ledger.LedgerStatements}). */
public final class SaleStatements {
    private SaleStatements() {
    }

    /** Inserts a sale; the idempotency key is unique in its scope (constraint {@code voucher_sale_key}). Returns its id. */
    public static long insert(Handle handle, long programme, long denomination, int quantity, String channel, Long pointOfSale,
                              Long operator, Long merchantOrder, Long buyerAccount, String buyerEmail, String buyerPhone, String scope,
                              String key, String hash, long face, long price, long topUp, String currency, String status, Instant at,
                              LocalDate day) {
        return handle.createUpdate("""
                        INSERT INTO voucher_sale (programme_id, denomination_id, quantity, channel, point_of_sale_id, operator_account_id,
                            merchant_order_id, buyer_account_id, buyer_email, buyer_phone, idempotency_scope, idempotency_key, request_hash,
                            unit_face, unit_price, unit_top_up, currency, status, sold_at, sale_day)
                        VALUES (:programme, :denomination, :quantity, :channel, :pointOfSale, :operator, :merchantOrder, :buyerAccount,
                            :buyerEmail, :buyerPhone, :scope, :key, :hash, :face, :price, :topUp, :currency, :status, :at, :day)""")
                .bind("programme", programme).bind("denomination", denomination).bind("quantity", quantity).bind("channel", channel)
                .bind("pointOfSale", pointOfSale).bind("operator", operator).bind("merchantOrder", merchantOrder)
                .bind("buyerAccount", buyerAccount).bind("buyerEmail", buyerEmail).bind("buyerPhone", buyerPhone).bind("scope", scope)
                .bind("key", key).bind("hash", hash).bind("face", face).bind("price", price).bind("topUp", topUp).bind("currency", currency)
                .bind("status", status).bind("at", at).bind("day", day)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }
}
