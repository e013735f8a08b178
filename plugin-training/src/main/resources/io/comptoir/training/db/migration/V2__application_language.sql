-- The language the applicant filled the form in: the replies are written in it, and the account opened on approval
-- starts with it. French, the territory's, for applications made before.
ALTER TABLE training_application ADD COLUMN language VARCHAR(8) DEFAULT 'fr' NOT NULL;
