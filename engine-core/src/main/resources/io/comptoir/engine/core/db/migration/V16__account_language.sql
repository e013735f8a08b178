-- The language an account's holder reads: mails and PDFs are written in it. French, the territory's, unless chosen.
ALTER TABLE account ADD COLUMN language VARCHAR(8) DEFAULT 'fr' NOT NULL;
