package io.comptoir.vouchers.programme;

/** A budget request as recorded under its key, with the budget it answered (granted and committed just after it). */
public record BudgetRequestRow(BudgetRequest.Kind kind, long amount, long granted, long committed) {

    BudgetRequest request() {
        return new BudgetRequest(kind, amount);
    }
}
