package io.comptoir.vouchers.ledger;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** A stored entry (or a sum of entries on one account). */
public record EntryRow(@ColumnName("account_kind") String accountKind, @ColumnName("owner_id") long ownerId,
                       @ColumnName("part_id") long partId, long amount, @ColumnName("voucher_id") Long voucherId) {

    public LedgerAccount account() {
        return new LedgerAccount(AccountKind.valueOf(accountKind), ownerId, partId);
    }
}
