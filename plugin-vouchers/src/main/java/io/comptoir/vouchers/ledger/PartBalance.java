package io.comptoir.vouchers.ledger;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** The balance of one part of an owner's accounts of a kind (debit positive). */
public record PartBalance(@ColumnName("part_id") long part, long balance) {
}
