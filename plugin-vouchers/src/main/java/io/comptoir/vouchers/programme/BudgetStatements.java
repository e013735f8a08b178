package io.comptoir.vouchers.programme;

import org.jdbi.v3.core.Handle;

/** The budget statement of every boosted sale, with the fluent API (see {@link io.comptoir.vouchers.ledger.LedgerStatements}). */
public final class BudgetStatements {
    private BudgetStatements() {
    }

    /**
     * Commits subsidy atomically: one guarded single-statement update, refused (false) when the budget cannot cover it.
     * The row stays locked until the caller's transaction ends, so it should be the transaction's last statement.
     */
    public static boolean commitSubsidy(Handle handle, long programme, long amount) {
        return handle.createUpdate("""
                        UPDATE voucher_programme SET subsidy_committed = subsidy_committed + :amount
                        WHERE id = :id AND subsidy_committed + :amount <= subsidy_budget""")
                .bind("id", programme).bind("amount", amount).execute() == 1;
    }
}
