package io.comptoir.app.importing;

import io.comptoir.engine.api.imports.ImportReport.LineOutcome;

import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What an import of a CSV file did or would do: each row's outcome, and every problem by row and column.
 *
 * @param stored whether the file was stored (never with a problem, never in a preview)
 */
public record CsvReport(Kind kind, boolean stored, List<LineOutcome> rows, List<Problem> problems) {
    public CsvReport {
        requireNonNull(kind, "kind is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        problems = requireNonNull(problems, "problems is null").stream()
                .sorted(Comparator.comparingInt(Problem::row).thenComparing(Problem::column)).toList();
    }

    /** What the file holds. */
    public enum Kind {
        SHOPS, PRODUCTS
    }

    /**
     * A problem of the file.
     *
     * @param row the spreadsheet's row (the header is 1); 1 for a problem of the whole file
     * @param column the column at fault, as the header names it
     */
    public record Problem(int row, String column, String message) {
        public Problem {
            requireNonNull(column, "column is null");
            requireNonNull(message, "message is null");
        }

        /** "row 3, column siret: not a valid SIRET number" */
        @Override
        public String toString() {
            return "row " + row + ", column " + column + ": " + message;
        }
    }

    public long created() {
        return rows.stream().filter(row -> row.action() == io.comptoir.engine.api.imports.ImportReport.Action.CREATE).count();
    }

    public long updated() {
        return rows.stream().filter(row -> row.action() == io.comptoir.engine.api.imports.ImportReport.Action.UPDATE).count();
    }
}
