package io.comptoir.vouchers.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** What {@link LedgerAudit#verify()} found: how much it checked, and every discrepancy (none when the books are right). */
public record AuditReport(long transactions, long entries, long vouchers, List<String> problems) {
    public AuditReport {
        problems = List.copyOf(requireNonNull(problems, "problems is null"));
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
