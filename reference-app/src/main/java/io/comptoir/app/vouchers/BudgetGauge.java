package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.vouchers.api.BudgetStatus;

/**
 * A programme's subsidy budget as a gauge: what was granted, what boosted sales committed, what is left, and the share
 * committed (a {@code <meter>} in the page, with the figures in words beside it).
 *
 * @param subsidised false for ordinary gift vouchers, which have no budget
 */
public record BudgetGauge(boolean subsidised, String granted, String committed, String remaining, long committedCents, long grantedCents,
                          String percent) {

    public static BudgetGauge of(Page page, BudgetStatus budget, boolean subsidised) {
        long granted = budget.granted().minorUnits();
        long committed = budget.committed().minorUnits();
        String percent = granted == 0 ? "0" : java.math.BigDecimal.valueOf(committed * 100).divide(java.math.BigDecimal.valueOf(granted), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return new BudgetGauge(subsidised, page.money(budget.granted()), page.money(budget.committed()), page.money(budget.remaining()),
                committed, Math.max(granted, 1), percent.replace('.', ','));
    }
}
