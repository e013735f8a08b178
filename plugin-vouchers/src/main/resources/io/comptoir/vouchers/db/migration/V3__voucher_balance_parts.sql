-- A redemption splits the amount it takes between what the voucher still holds from each source (buyer money, each
-- funder's subsidy). Those parts were summed from the voucher's ledger entries on every redemption, a read that grows
-- with the voucher's history; the voucher row now caches them beside its balance, as "source:amount" pairs by source
-- ("0:1000,7:100,8:100"; empty when nothing is left), changed by the same guarded updates as the balance, in the
-- transaction that books the entries. LedgerAudit proves them equal to the ledger, part by part.
ALTER TABLE voucher ADD COLUMN balance_parts VARCHAR(1000) DEFAULT '' NOT NULL;

CREATE TABLE voucher_parts_backfill AS
    SELECT owner_id, part_id, -SUM(amount) AS held FROM voucher_ledger_entry WHERE account_kind = 'VOUCHER' GROUP BY owner_id, part_id;
UPDATE voucher SET balance_parts = COALESCE((
    SELECT STRING_AGG(CAST(b.part_id AS VARCHAR(20)) || ':' || CAST(b.held AS VARCHAR(20)), ',' ORDER BY b.part_id)
    FROM voucher_parts_backfill b WHERE b.owner_id = voucher.id AND b.held <> 0), '');
DROP TABLE voucher_parts_backfill;

ALTER TABLE voucher ADD CONSTRAINT voucher_parts_with_balance CHECK ((balance = 0 AND balance_parts = '') OR (balance > 0 AND balance_parts <> ''));
