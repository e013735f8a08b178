-- Delivery of the mail outbox by the engine's relay (when a MailTransport is configured): each row is claimed by one
-- node at a time with a guarded update and a lease, retried with back-off, then marked FAILED for the territory admin.
-- Rows written before this version, or without a transport, are KEPT: recorded only, never sent.
ALTER TABLE mail_outbox ADD COLUMN status VARCHAR(16) DEFAULT 'KEPT' NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN claimed_by VARCHAR(64);
ALTER TABLE mail_outbox ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE mail_outbox ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at);
