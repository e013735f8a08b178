package io.comptoir.vouchers.programme;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

public record BudgetRow(@ColumnName("subsidy_budget") long budget, @ColumnName("subsidy_committed") long committed) {
}
