package io.comptoir.engine.api.imports;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What an import did, or would do.
 *
 * @param stored whether the lines were stored: never in a dry run, never with a problem
 * @param lines what happens to each line, in file order (also when not stored: the preview)
 * @param problems every problem found, by line and field; empty when the file is right
 */
public record ImportReport(boolean stored, List<LineOutcome> lines, List<ImportProblem> problems) {
    public ImportReport {
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        problems = List.copyOf(requireNonNull(problems, "problems is null"));
    }

    public long created() {
        return lines.stream().filter(line -> line.action() == Action.CREATE).count();
    }

    public long updated() {
        return lines.stream().filter(line -> line.action() == Action.UPDATE).count();
    }

    /** What happens to a line. */
    public enum Action {
        CREATE, UPDATE
    }

    /** @param name the shop's or product's name, for the preview */
    public record LineOutcome(int line, String ref, String name, Action action) {
        public LineOutcome {
            requireNonNull(ref, "ref is null");
            requireNonNull(name, "name is null");
            requireNonNull(action, "action is null");
        }
    }

    /**
     * A line the import refuses.
     *
     * @param field the field at fault, as {@link ShopLine} and {@link ProductLine} name them ({@code ref}, {@code legalId},
     *              {@code communeInsee}, {@code category}, {@code price}...)
     */
    public record ImportProblem(int line, String field, String message) {
        public ImportProblem {
            requireNonNull(field, "field is null");
            requireNonNull(message, "message is null");
        }
    }
}
