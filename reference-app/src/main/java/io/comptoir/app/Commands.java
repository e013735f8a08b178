package io.comptoir.app;

import io.comptoir.app.cli.CreateAdmin;
import io.comptoir.app.cli.ImportCommand;
import io.comptoir.app.cli.Terminal;
import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.importing.CsvReport;
import io.comptoir.app.territory.TerritoryException;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.territory.TerritoryReader;
import io.comptoir.app.territory.TerritorySync;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.EngineBuilder;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's commands, {@code java -jar reference-app.jar <command> ...}, on the same database settings as the
 * server (the environment of {@link AppConfig}):
 * <ul>
 *   <li>{@code create-admin EMAIL}: the territory's first administrator (see {@link CreateAdmin});</li>
 *   <li>{@code import shops FILE.csv [--dry-run]}, {@code import products FILE.csv [--dry-run]}: the territory's
 *       spreadsheets (see {@link ImportCommand}), after the territory's folder ({@code TERRITORY}) is applied to the
 *       database, as the server does at start-up.</li>
 * </ul>
 * Each answers the process's exit code: 0 done, 1 refused (the reason printed), 2 a usage or configuration mistake.
 */
final class Commands {
    static final String USAGE = """
            usage: java -jar reference-app.jar                       run the marketplace
                   java -jar reference-app.jar create-admin EMAIL    create the first administrator (password from ADMIN_PASSWORD, or asked)
                   java -jar reference-app.jar import shops FILE.csv [--dry-run]
                   java -jar reference-app.jar import products FILE.csv [--dry-run]
                                                                     import the territory's spreadsheets, all rows or none""";

    private Commands() {
    }

    static int run(List<String> args, Map<String, String> env, Terminal terminal) {
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(env);
        }
        catch (ConfigException e) {
            terminal.err().println(e.getMessage());
            return 2;
        }
        try {
            if (args.size() == 2 && args.get(0).equals("create-admin")) {
                // no calendar rule runs while an account is created: the engine's default zone will do
                try (Engine engine = Main.openEngine(config, Optional.empty(), EngineBuilder.DEFAULT_ZONE, false)) {
                    return new CreateAdmin(engine.accounts(), terminal).run(args.get(1), env);
                }
            }
            if ((args.size() == 3 || args.size() == 4 && args.get(3).equals("--dry-run")) && args.get(0).equals("import")
                    && (args.get(1).equals("shops") || args.get(1).equals("products"))) {
                return importFile(config, args.get(1).equals("shops") ? CsvReport.Kind.SHOPS : CsvReport.Kind.PRODUCTS, Path.of(args.get(2)),
                        args.size() == 4, terminal);
            }
        }
        catch (StartupException e) {
            terminal.err().println(e.getMessage());
            return 1;
        }
        terminal.err().println(USAGE);
        return 2;
    }

    private static int importFile(AppConfig config, CsvReport.Kind kind, Path file, boolean dryRun, Terminal terminal) {
        TerritoryFolder territory;
        try {
            territory = new TerritoryReader().read(config.territory());
        }
        catch (TerritoryException e) {
            terminal.err().println(e.getMessage());
            return 2;
        }
        try (Engine engine = Main.openEngine(config, territory.searchSynonyms(), territory.identity().timeZone(), false)) {
            new TerritorySync(engine.territory(), engine.catalogue()).apply(territory);
            return new ImportCommand(new CsvImport(engine.catalogueImport(), engine.catalogue(), territory), terminal).run(kind, file, dryRun);
        }
    }
}
