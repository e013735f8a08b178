package io.comptoir.app.cli;

import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.importing.CsvReport;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.imports.ImportMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code import shops FILE.csv [--dry-run]} and {@code import products FILE.csv [--dry-run]}: a territory's
 * spreadsheets into the marketplace, all rows or none; the report names every problem by row and column.
 */
public final class ImportCommand {
    private static final Actor OPERATOR = Actor.system("csv-import");

    private final CsvImport imports;
    private final Terminal terminal;

    public ImportCommand(CsvImport imports, Terminal terminal) {
        this.imports = requireNonNull(imports, "imports is null");
        this.terminal = requireNonNull(terminal, "terminal is null");
    }

    /** Answers the exit code: 0 stored (or checked, in a dry run), 1 a problem (nothing stored). */
    public int run(CsvReport.Kind kind, Path file, boolean dryRun) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        }
        catch (IOException e) {
            terminal.err().println("import: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        ImportMode mode = dryRun ? ImportMode.DRY_RUN : ImportMode.STORE;
        CsvReport report = kind == CsvReport.Kind.SHOPS ? imports.shops(bytes, mode, OPERATOR)
                : imports.products(bytes, Optional.empty(), mode, OPERATOR);
        String what = kind == CsvReport.Kind.SHOPS ? "shops" : "products";
        if (!report.problems().isEmpty()) {
            terminal.err().println(file + ": " + report.problems().size() + " problem(s); nothing was stored");
            report.problems().forEach(problem -> terminal.err().println("  " + problem));
            return 1;
        }
        terminal.out().println(file + ": " + report.rows().size() + " " + what + ", " + report.created() + " new, " + report.updated() + " updated"
                + (report.stored() ? ": stored" : ": checked, nothing stored (--dry-run)"));
        return 0;
    }
}
