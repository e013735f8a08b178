package io.comptoir.vouchers.api;

import io.comptoir.engine.api.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A settlement statement for one party and one period (days of the marketplace's calendar, {@code periodEnd} excluded). Immutable once
 * issued:
 * only its payment is recorded later, once.
 *
 * @param itemCount the number of ledger transactions it covers (redemptions and refunds; sales and cancellations)
 */
public record Statement(long id, long programmeId, StatementKind kind, long partyId, LocalDate periodStart, LocalDate periodEnd,
                        Money total, int itemCount, Instant issuedAt, Optional<Instant> paidAt, Optional<String> paymentReference,
                        List<StatementLine> lines) {
    public Statement {
        requireNonNull(kind, "kind is null");
        requireNonNull(periodStart, "periodStart is null");
        requireNonNull(periodEnd, "periodEnd is null");
        requireNonNull(total, "total is null");
        requireNonNull(issuedAt, "issuedAt is null");
        requireNonNull(paidAt, "paidAt is null");
        requireNonNull(paymentReference, "paymentReference is null");
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
    }

    public boolean paid() {
        return paidAt.isPresent();
    }

    /** The total of the lines of a kind (e.g. the buyer money, the subsidy of a shop's statement). */
    public Money totalOf(String sourceKind) {
        return lines.stream().filter(line -> line.sourceKind().equals(sourceKind)).map(StatementLine::amount)
                .reduce(Money.zero(total.currency()), Money::plus);
    }
}
