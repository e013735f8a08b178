-- When an application's contact (name, e-mail, phone, message, and the reason of a rejection) was replaced: by the erasure
-- of the contact's account, or once the application is older than the retention period. NULL while it holds them.
-- Common subset of PostgreSQL 15 and H2 2.x (PostgreSQL mode).
ALTER TABLE training_application ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX training_application_retention_idx ON training_application (anonymised_at, submitted_at, id);
CREATE INDEX training_application_contact_idx ON training_application (contact_email);
