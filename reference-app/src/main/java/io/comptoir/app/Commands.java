package io.comptoir.app;

import io.comptoir.app.cli.CreateAdmin;
import io.comptoir.app.cli.Terminal;
import io.comptoir.engine.core.Engine;

import java.util.List;
import java.util.Map;

/**
 * The operator's commands, {@code java -jar reference-app.jar <command> ...}, on the same database settings as the
 * server (the environment of {@link AppConfig}):
 * <ul>
 *   <li>{@code create-admin EMAIL}: the territory's first administrator (see {@link CreateAdmin}).</li>
 * </ul>
 * Each answers the process's exit code: 0 done, 1 refused (the reason printed), 2 a usage or configuration mistake.
 */
final class Commands {
    static final String USAGE = """
            usage: java -jar reference-app.jar                       run the marketplace
                   java -jar reference-app.jar create-admin EMAIL    create the first administrator (password from ADMIN_PASSWORD, or asked)""";

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
        if (args.size() == 2 && args.get(0).equals("create-admin")) {
            try (Engine engine = Main.openEngine(config, false)) {
                return new CreateAdmin(engine.accounts(), terminal).run(args.get(1), env);
            }
        }
        terminal.err().println(USAGE);
        return 2;
    }
}
