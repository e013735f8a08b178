package io.comptoir.app.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Where a command writes, and how it asks for a password without showing it. */
public interface Terminal {

    PrintStream out();

    PrintStream err();

    /** Asks for a secret, not echoed; empty when there is no terminal to ask on (a script, CI). */
    Optional<char[]> readSecret(String prompt);

    /** The process's console, when it has one. */
    static Terminal system() {
        return new Terminal() {
            @Override
            public PrintStream out() {
                return System.out;
            }

            @Override
            public PrintStream err() {
                return System.err;
            }

            @Override
            public Optional<char[]> readSecret(String prompt) {
                Console console = System.console();
                return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", requireNonNull(prompt, "prompt is null")));
            }
        };
    }
}
