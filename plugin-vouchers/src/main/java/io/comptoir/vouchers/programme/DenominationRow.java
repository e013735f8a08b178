package io.comptoir.vouchers.programme;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

public record DenominationRow(long id, @ColumnName("programme_id") long programmeId, int position, long face, long price,
                              @ColumnName("top_up") long topUp, boolean active, @ColumnName("online_variant_id") Long onlineVariantId) {
}
