package io.comptoir.app.cli;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.InvalidInputException;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code create-admin EMAIL}: the territory's first administrator, on a database where nobody can sign in yet. The
 * password comes from {@code ADMIN_PASSWORD} or is asked twice on the terminal, never shown nor printed; it is hashed
 * with Argon2id like every account's. An existing account under that e-mail is made administrator and keeps its
 * password.
 */
public final class CreateAdmin {
    public static final String PASSWORD_VARIABLE = "ADMIN_PASSWORD";
    private static final Actor OPERATOR = Actor.system("create-admin");

    private final AccountDirectory accounts;
    private final Terminal terminal;

    public CreateAdmin(AccountDirectory accounts, Terminal terminal) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.terminal = requireNonNull(terminal, "terminal is null");
    }

    /** Runs the command; answers the process's exit code (0 done, 1 refused). */
    public int run(String email, Map<String, String> env) {
        requireNonNull(email, "email is null");
        Optional<Account> existing = accounts.accountByEmail(email.strip());
        if (existing.isPresent()) {
            accounts.grant(existing.get().id(), RoleGrant.of(Role.TERRITORY_ADMIN), OPERATOR);
            terminal.out().println("The account " + existing.get().email() + " existed: it is now a territory administrator; its password is unchanged.");
            return 0;
        }
        Optional<String> password = password(env);
        if (password.isEmpty()) {
            return 1;
        }
        try {
            Account account = accounts.register(email.strip(), password.get(), "Administration du territoire");
            accounts.grant(account.id(), RoleGrant.of(Role.TERRITORY_ADMIN), OPERATOR);
            terminal.out().println("Territory administrator " + account.email() + " created: sign in at /connexion.");
            return 0;
        }
        catch (InvalidInputException e) {
            terminal.err().println("create-admin: " + e.getMessage());
            return 1;
        }
    }

    private Optional<String> password(Map<String, String> env) {
        String given = env.get(PASSWORD_VARIABLE);
        if (given != null && !given.isEmpty()) {
            return Optional.of(given);
        }
        Optional<char[]> first = terminal.readSecret("Password (at least " + AccountDirectory.MIN_PASSWORD_LENGTH + " characters): ");
        if (first.isEmpty()) {
            terminal.err().println("create-admin: no terminal to ask the password on; set " + PASSWORD_VARIABLE);
            return Optional.empty();
        }
        char[] again = terminal.readSecret("The same password again: ").orElse(new char[0]);
        try {
            if (!Arrays.equals(first.get(), again)) {
                terminal.err().println("create-admin: the two passwords differ; nothing was created");
                return Optional.empty();
            }
            return Optional.of(new String(first.get()));
        }
        finally {
            Arrays.fill(first.get(), '\0');
            Arrays.fill(again, '\0');
        }
    }
}
