package io.comptoir.vouchers.ledger;

import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Writes ledger transactions in the caller's database transaction, so a booking and the state it goes with (a
 * voucher's cached balance, a sale, a redemption) commit together or not at all. Refuses a booking whose entries do not
 * sum to zero; its idempotency key is unique in the database, so the same booking can never be posted twice.
 */
public final class Ledger {
    private final Clock clock;
    private final LedgerProbe probe;

    public Ledger(Clock clock, LedgerProbe probe) {
        this.clock = requireNonNull(clock, "clock is null");
        this.probe = requireNonNull(probe, "probe is null");
    }

    /** Posts the booking; returns the new transaction's id. */
    public long post(Handle handle, Booking booking) {
        return post(handle, booking, clock.instant());
    }

    public long post(Handle handle, Booking booking, Instant at) {
        List<Entry> entries = booking.entries();
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a transaction has entries: " + booking.key());
        }
        long sum = 0;
        for (Entry entry : entries) {
            sum = Math.addExact(sum, entry.amount());
        }
        if (sum != 0) {
            throw new IllegalStateException("unbalanced transaction " + booking.kind() + " " + booking.reference() + ": entries sum to " + sum);
        }
        long id = LedgerStatements.insertTransaction(handle, booking, at);
        probe.afterHeader(booking.key());
        LedgerStatements.insertEntries(handle, id, booking, entries, at);
        return id;
    }

    /**
     * Posts the reversal of a transaction: the same entries with opposite signs. A transaction can be reversed once (a
     * unique constraint says so).
     */
    public long reverse(Handle handle, long transactionId, Booking header) {
        for (EntryRow row : handle.attach(LedgerDao.class).entriesOf(transactionId)) {
            header.add(row.account(), -row.amount(), row.voucherId() == null ? 0 : row.voucherId());
        }
        return post(handle, header.reversing(transactionId));
    }
}
