package io.comptoir.vouchers.ledger;

import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        LedgerDao dao = handle.attach(LedgerDao.class);
        long id = dao.insertTransaction(booking.key(), booking.kind().name(), booking.programme(),
                booking.voucherId() == 0 ? null : booking.voucherId(), booking.reference(), booking.reverses().orElse(null),
                booking.actor().toString(), at);
        probe.afterHeader(booking.key());
        List<Integer> lines = new ArrayList<>(entries.size());
        List<String> kinds = new ArrayList<>(entries.size());
        List<Long> owners = new ArrayList<>(entries.size());
        List<Long> parts = new ArrayList<>(entries.size());
        List<Long> vouchers = new ArrayList<>(entries.size());
        List<Long> amounts = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            lines.add(i + 1);
            kinds.add(entry.account().kind().name());
            owners.add(entry.account().owner());
            parts.add(entry.account().part());
            vouchers.add(entry.voucherId() == 0 ? null : entry.voucherId());
            amounts.add(entry.amount());
        }
        dao.insertEntries(id, lines, kinds, owners, parts, booking.programme(), vouchers, booking.kind().name(), amounts, at);
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
