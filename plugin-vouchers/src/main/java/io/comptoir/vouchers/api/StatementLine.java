package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import static java.util.Objects.requireNonNull;

/**
 * One line of a statement.
 * <ul>
 *   <li>MERCHANT statements: {@code BUYER_MONEY} lines by point of sale (0: sold online) and {@code SUBSIDY} lines by funder;</li>
 *   <li>POINT_OF_SALE statements: one {@code BUYER_MONEY} line, the net cash collected;</li>
 *   <li>FUNDER statements: {@code MERCHANT} lines, the subsidy each shop consumed.</li>
 * </ul>
 */
public record StatementLine(String sourceKind, long sourceId, Money amount) {
    public static final String BUYER_MONEY = "BUYER_MONEY";
    public static final String SUBSIDY = "SUBSIDY";
    public static final String MERCHANT = "MERCHANT";

    public StatementLine {
        requireNonNull(sourceKind, "sourceKind is null");
        requireNonNull(amount, "amount is null");
    }
}
