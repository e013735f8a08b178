package io.comptoir.vouchers.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Settlement of a programme, period by period (weekly by default, in the marketplace's calendar): statements per shop, point of sale
 * and funder, computed from the ledger by aggregate queries, stored immutable, then marked paid (a payment booking in
 * the ledger). The web layer shows a shop only its own statements (filter by party).
 */
public interface Settlements {

    /**
     * Issues the statements of one period, for every party with something to settle. Issuing a period twice returns the
     * first statements.
     *
     * @throws InvalidInputException {@code invalid_period} when the day does not start a period of the programme
     * @throws ConflictException {@code period_not_over} while the period (plus a short grace) is not over
     */
    List<Statement> issue(long programmeId, LocalDate periodStart, Actor actor);

    /** Issues every period that ended and was not issued yet, for every programme (the settlement job). */
    int issueDue(Actor actor);

    /** Statements of a programme, newest period first, optionally of one kind and one party. */
    List<Statement> statements(long programmeId, Optional<StatementKind> kind, Optional<Long> partyId);

    /** One party's statements over every programme, newest period first: a shop's (or a point of sale's) statements page. */
    List<Statement> statementsOf(StatementKind kind, long partyId);

    Optional<Statement> statement(long id);

    /**
     * Records that a statement was paid (the shop paid, the cash handed over, the subsidy received): one PAYMENT
     * transaction moves the amounts out of the payable accounts. Marking it again does nothing.
     */
    Statement markPaid(long statementId, String paymentReference, Actor actor);

    /** The redemptions and refunds a shop's statement covers. */
    List<Redemption> redemptionsOf(long statementId);

    /** The statement's ledger transactions as CSV (see {@link LedgerCsv}), its payment included. */
    default String statementCsv(long statementId) {
        StringBuilder csv = new StringBuilder();
        writeStatementCsv(statementId, csv);
        return csv.toString();
    }

    /** The same, streamed to {@code out} (a response body): an export never has to fit in memory. */
    void writeStatementCsv(long statementId, Appendable out);

    /** Every ledger transaction of the programme between two days (the marketplace's calendar, both included) as CSV. */
    default String ledgerCsv(long programmeId, LocalDate from, LocalDate to) {
        StringBuilder csv = new StringBuilder();
        writeLedgerCsv(programmeId, from, to, csv);
        return csv.toString();
    }

    /** The same, streamed to {@code out}. */
    void writeLedgerCsv(long programmeId, LocalDate from, LocalDate to, Appendable out);
}
