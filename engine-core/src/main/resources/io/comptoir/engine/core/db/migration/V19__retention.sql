-- Personal data past the accounting retention period, and erasures a client may retry.
-- Common subset of PostgreSQL 15 and H2 2.x (PostgreSQL mode).

-- When the order's personal fields (names, e-mail, delivery address, notes) were replaced: by the erasure of its
-- shopper's account, or by the retention job once the order is older than the retention period. NULL while it holds them.
ALTER TABLE customer_order ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
UPDATE customer_order SET anonymised_at = (SELECT a.erased_at FROM account a WHERE a.id = customer_order.shopper_id)
WHERE shopper_id IN (SELECT id FROM account WHERE erased_at IS NOT NULL);
CREATE INDEX customer_order_retention_idx ON customer_order (anonymised_at, created_at, id);

-- The retention job deletes the mails older than the period, oldest first.
CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at, id);

-- An erasure's idempotency key, unique per actor (NULL for the erasures made without one: NULLs never clash).
ALTER TABLE privacy_request ADD COLUMN idempotency_key VARCHAR(100);
CREATE UNIQUE INDEX privacy_request_idempotency_idx ON privacy_request (actor, idempotency_key);
