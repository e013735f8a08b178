-- Periodic jobs' health, whichever node ran them: when each was first scheduled, last succeeded and last failed, why, and
-- how many runs in a row failed.
ALTER TABLE scheduled_job ADD COLUMN registered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scheduled_job ADD COLUMN last_success_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scheduled_job ADD COLUMN last_failure_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scheduled_job ADD COLUMN last_error VARCHAR(500);
ALTER TABLE scheduled_job ADD COLUMN consecutive_failures INTEGER DEFAULT 0 NOT NULL;

-- Payments whose outcome the engine must learn from their provider (see PaymentReconciliation): pending ones are found
-- by status; void_check marks a tender given up (its order failed) while the provider might still authorise it, or after
-- it did, so that what the provider holds is released. Tenders given up in the last week before this version get checked.
ALTER TABLE payment ADD COLUMN void_check BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE payment SET void_check = TRUE
WHERE status = 'FAILED' AND failure_reason LIKE 'cancelled:%' AND updated_at > CURRENT_TIMESTAMP - INTERVAL '7' DAY;
CREATE INDEX payment_status_idx ON payment (status, updated_at);
CREATE INDEX payment_void_check_idx ON payment (void_check);

-- The sandbox card processor's decisions and webhooks live in its books, so that a node that dies loses neither: any node
-- decides a pending authorisation once it is due (decide_at), and delivers (and retries) the webhooks not yet taken.
ALTER TABLE sandbox_card_payment ADD COLUMN decide_at TIMESTAMP WITH TIME ZONE;
UPDATE sandbox_card_payment SET decide_at = created_at WHERE status = 'PENDING';
CREATE INDEX sandbox_card_payment_due_idx ON sandbox_card_payment (status, decide_at);

CREATE TABLE sandbox_card_webhook (
    event_id        VARCHAR(40)   PRIMARY KEY,
    reference       VARCHAR(40)   NOT NULL REFERENCES sandbox_card_payment (reference),
    body            VARCHAR(1000) NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sandbox_card_webhook_due_idx ON sandbox_card_webhook (next_attempt_at);

-- The territory's order feed pages by cursor, newest first (Orders.orderFeed).
CREATE INDEX merchant_order_created_idx ON merchant_order (created_at, id);
