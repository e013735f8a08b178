package io.comptoir.vouchers.programme;

import io.comptoir.engine.api.money.Money;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The subsidy budget, striped over {@link #SLICES} rows per programme ({@code voucher_budget_slice}), with the fluent API
 * (see {@link io.comptoir.vouchers.ledger.LedgerStatements}). A boosted sale commits its top-up on one slice with a guarded
 * single-statement update ({@code committed + x <= allotted}); each thread keeps to its own slice (as the cells of a
 * {@link java.util.concurrent.atomic.LongAdder}), so that the concurrent sales of a node do not queue on the same row,
 * which a random pick did often (16 clients on 16 slices: a collision on most sales); nodes meet on rows at random; only when that slice cannot cover it does the sale lock every slice of the programme, in order, and take
 * the top-up from whatever is left anywhere. A sale is therefore refused exactly when the whole budget cannot cover it,
 * and committed subsidy can never exceed the budget (each slice's CHECK guarantees it).
 */
public final class BudgetStatements {
    /** How many slices a programme's budget is striped over. */
    public static final int SLICES = 16;

    private record Slice(int slice, long allotted, long committed) {
    }

    private BudgetStatements() {
    }

    static void createSlices(Handle handle, long programme) {
        var batch = handle.prepareBatch("INSERT INTO voucher_budget_slice (programme_id, slice, allotted, committed) VALUES (:programme, :slice, 0, 0)");
        for (int slice = 0; slice < SLICES; slice++) {
            batch.bind("programme", programme).bind("slice", slice).add();
        }
        batch.execute();
    }

    /** Shares a grant equally between the slices (to the cent). */
    static void allot(Handle handle, long programme, Money amount) {
        long[] equal = new long[SLICES];
        java.util.Arrays.fill(equal, 1);
        Money[] shares = amount.allocate(equal);
        var batch = handle.prepareBatch("UPDATE voucher_budget_slice SET allotted = allotted + :amount WHERE programme_id = :programme AND slice = :slice");
        for (int slice = 0; slice < SLICES; slice++) {
            batch.bind("programme", programme).bind("slice", slice).bind("amount", shares[slice].minorUnits()).add();
        }
        batch.execute();
    }

    /**
     * Takes back part of the budget from the slices' uncommitted room, under the lock of every slice of the programme (in
     * order, as {@link #commitSubsidy} takes them); false, and nothing changed, when the room of the whole budget is smaller.
     */
    static boolean withdraw(Handle handle, long programme, long amount) {
        List<Slice> slices = lockAll(handle, programme);
        if (slices.stream().mapToLong(slice -> slice.allotted() - slice.committed()).sum() < amount) {
            return false;
        }
        long rest = amount;
        for (Slice slice : slices) {
            long take = Math.min(rest, slice.allotted() - slice.committed());
            if (take > 0) {
                handle.createUpdate("UPDATE voucher_budget_slice SET allotted = allotted - :amount WHERE programme_id = :programme AND slice = :slice")
                        .bind("programme", programme).bind("slice", slice.slice()).bind("amount", take).execute();
                rest -= take;
            }
        }
        return true;
    }

    /**
     * Commits subsidy; false (and nothing changed) when the whole budget cannot cover it. The slice rows it touches stay
     * locked until the caller's transaction ends, so it should be the transaction's last statement.
     */
    public static boolean commitSubsidy(Handle handle, long programme, long amount) {
        int first = ownSlice();
        int updated = handle.createUpdate("""
                        UPDATE voucher_budget_slice SET committed = committed + :amount
                        WHERE programme_id = :programme AND slice = :slice AND committed + :amount <= allotted""")
                .bind("programme", programme).bind("slice", first).bind("amount", amount).execute();
        if (updated == 1) {
            return true;
        }
        List<Slice> slices = lockAll(handle, programme);
        long room = slices.stream().mapToLong(slice -> slice.allotted() - slice.committed()).sum();
        if (room < amount) {
            return false;
        }
        long rest = amount;
        for (Slice slice : slices) {
            long take = Math.min(rest, slice.allotted() - slice.committed());
            if (take > 0) {
                move(handle, programme, slice.slice(), take);
                rest -= take;
            }
        }
        return true;
    }

    /** The slice of the calling thread. */
    private static int ownSlice() {
        return (int) Math.floorMod(Thread.currentThread().getId(), (long) SLICES);
    }

    /** Gives committed subsidy back (a cancelled sale, subsidy unspent at expiry). */
    public static void releaseSubsidy(Handle handle, long programme, long amount) {
        int first = ThreadLocalRandom.current().nextInt(SLICES);
        int updated = handle.createUpdate("""
                        UPDATE voucher_budget_slice SET committed = committed - :amount
                        WHERE programme_id = :programme AND slice = :slice AND committed >= :amount""")
                .bind("programme", programme).bind("slice", first).bind("amount", amount).execute();
        if (updated == 1) {
            return;
        }
        List<Slice> slices = lockAll(handle, programme);
        if (slices.stream().mapToLong(Slice::committed).sum() < amount) {
            throw new IllegalStateException("programme " + programme + " has less than " + amount + " committed");
        }
        long rest = amount;
        for (Slice slice : slices) {
            long give = Math.min(rest, slice.committed());
            if (give > 0) {
                move(handle, programme, slice.slice(), -give);
                rest -= give;
            }
        }
    }

    /** The budget granted and the subsidy committed, summed over the slices. */
    public static long[] totals(Handle handle, long programme) {
        return handle.createQuery("""
                        SELECT COALESCE(SUM(allotted), 0) AS allotted, COALESCE(SUM(committed), 0) AS committed
                        FROM voucher_budget_slice WHERE programme_id = :programme""")
                .bind("programme", programme).map((rs, ctx) -> new long[] {rs.getLong("allotted"), rs.getLong("committed")}).one();
    }

    private static List<Slice> lockAll(Handle handle, long programme) {
        return handle.createQuery("""
                        SELECT slice, allotted, committed FROM voucher_budget_slice WHERE programme_id = :programme ORDER BY slice FOR UPDATE""")
                .bind("programme", programme)
                .map((rs, ctx) -> new Slice(rs.getInt("slice"), rs.getLong("allotted"), rs.getLong("committed"))).list();
    }

    private static void move(Handle handle, long programme, int slice, long delta) {
        handle.createUpdate("UPDATE voucher_budget_slice SET committed = committed + :delta WHERE programme_id = :programme AND slice = :slice")
                .bind("programme", programme).bind("slice", slice).bind("delta", delta).execute();
    }
}
