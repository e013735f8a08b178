-- The HTML alternative of a message, sent beside its plain text body as multipart/alternative. NULL for a plain text
-- message (those written before this version, or by a sender that gives none). The text body stays the message the
-- outbox shows. (V17 to V19 are taken by other changes.)
ALTER TABLE mail_outbox ADD COLUMN html_body TEXT;
