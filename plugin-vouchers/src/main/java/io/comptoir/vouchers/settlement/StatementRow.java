package io.comptoir.vouchers.settlement;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

import java.time.Instant;
import java.time.LocalDate;

public record StatementRow(long id, @ColumnName("programme_id") long programmeId, String kind, @ColumnName("party_id") long partyId,
                           @ColumnName("period_start") LocalDate periodStart, @ColumnName("period_end") LocalDate periodEnd, long total,
                           @ColumnName("item_count") int itemCount, String currency, @ColumnName("issued_at") Instant issuedAt,
                           @ColumnName("paid_at") Instant paidAt, @ColumnName("payment_reference") String paymentReference) {
    public static final String COLUMNS = """
            id, programme_id, kind, party_id, period_start, period_end, total, item_count, currency, issued_at, paid_at, payment_reference""";
}
