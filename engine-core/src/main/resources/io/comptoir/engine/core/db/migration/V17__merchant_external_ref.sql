-- The territory's own reference of a shop it imported from its files (CatalogueImport): a second import of the same
-- file updates the shop instead of duplicating it. Numbered 14, clear of the V12 and V13 other branches add.
ALTER TABLE merchant ADD COLUMN external_ref VARCHAR(64);
CREATE UNIQUE INDEX merchant_external_ref ON merchant (external_ref);
