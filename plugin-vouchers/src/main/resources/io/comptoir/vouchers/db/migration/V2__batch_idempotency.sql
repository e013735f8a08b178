-- Generating a batch of pre-printed vouchers is a write a client may retry (a lost answer, a second click): it takes an
-- idempotency key, unique per admin who generated it, and the hash of the request, so that a replay finds the first batch
-- and the same key sent with another request is refused. Batches generated before get keys of their own.
ALTER TABLE voucher_batch ADD COLUMN idempotency_key VARCHAR(100);
ALTER TABLE voucher_batch ADD COLUMN request_hash VARCHAR(64);
UPDATE voucher_batch SET idempotency_key = 'before-keys:' || CAST(id AS VARCHAR(20)), request_hash = '';
ALTER TABLE voucher_batch ALTER COLUMN idempotency_key SET NOT NULL;
ALTER TABLE voucher_batch ALTER COLUMN request_hash SET NOT NULL;
ALTER TABLE voucher_batch ADD CONSTRAINT voucher_batch_key UNIQUE (created_by, idempotency_key);
