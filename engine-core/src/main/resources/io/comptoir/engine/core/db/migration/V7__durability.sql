-- Periodic jobs' health, whichever node ran them: when each was first scheduled, last succeeded and last failed, why, and
-- how many runs in a row failed.
ALTER TABLE scheduled_job ADD COLUMN registered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scheduled_job ADD COLUMN last_success_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scheduled_job ADD COLUMN last_failure_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scheduled_job ADD COLUMN last_error VARCHAR(500);
ALTER TABLE scheduled_job ADD COLUMN consecutive_failures INTEGER DEFAULT 0 NOT NULL;
