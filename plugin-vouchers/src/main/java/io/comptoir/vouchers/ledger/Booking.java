package io.comptoir.vouchers.ledger;

import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.engine.api.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A ledger transaction being written: its idempotency key, what it is, and its entries. Zero amounts are skipped, so a
 * caller can add every part of a split without testing for empty ones. {@link Ledger#post} refuses it unless the entries
 * sum to zero.
 */
public final class Booking {
    private final String key;
    private final TransactionKind kind;
    private final long programme;
    private final String reference;
    private final Actor actor;
    private final List<Entry> entries = new ArrayList<>();
    private long voucherId;
    private Long reverses;

    public Booking(String key, TransactionKind kind, long programme, String reference, Actor actor) {
        this.key = requireNonNull(key, "key is null");
        this.kind = requireNonNull(kind, "kind is null");
        this.programme = programme;
        this.reference = requireNonNull(reference, "reference is null");
        this.actor = requireNonNull(actor, "actor is null");
    }

    public Booking about(long voucher) {
        this.voucherId = voucher;
        return this;
    }

    public Booking reversing(long transactionId) {
        this.reverses = transactionId;
        return this;
    }

    public Booking debit(LedgerAccount account, long amount) {
        return add(account, amount, 0);
    }

    public Booking credit(LedgerAccount account, long amount) {
        return add(account, -amount, 0);
    }

    /** A debit on a voucher's account (VOUCHER or HOLD), so the line names the voucher. */
    public Booking debit(LedgerAccount account, long amount, long voucher) {
        return add(account, amount, voucher);
    }

    public Booking credit(LedgerAccount account, long amount, long voucher) {
        return add(account, -amount, voucher);
    }

    Booking add(LedgerAccount account, long signedAmount, long voucher) {
        if (signedAmount != 0) {
            entries.add(new Entry(account, signedAmount, voucher));
        }
        return this;
    }

    public String key() {
        return key;
    }

    public TransactionKind kind() {
        return kind;
    }

    public long programme() {
        return programme;
    }

    public String reference() {
        return reference;
    }

    public Actor actor() {
        return actor;
    }

    public long voucherId() {
        return voucherId;
    }

    public Optional<Long> reverses() {
        return Optional.ofNullable(reverses);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
