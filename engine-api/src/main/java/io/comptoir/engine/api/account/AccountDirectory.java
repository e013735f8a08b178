package io.comptoir.engine.api.account;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts, their passwords and their roles. Passwords are hashed with Argon2id by a maintained library; sign-in is
 * throttled per e-mail and per client after repeated failures.
 *
 * <p>An account's id is never reused and its row is never deleted (an account is closed; erasing its owner's personal
 * data anonymises it in place): a plugin may keep the id, and its tables may declare a foreign key to {@code account (id)}.
 */
public interface AccountDirectory {

    /** Minimum length of a password. */
    int MIN_PASSWORD_LENGTH = 10;

    /**
     * Opens a shopper account.
     *
     * @throws InvalidInputException for a malformed e-mail, a blank name or a weak password (naming the field)
     * @throws ConflictException {@code email_taken} when an account already uses the e-mail
     */
    default Account register(String email, String password, String displayName) {
        return register(email, password, displayName, Account.DEFAULT_LANGUAGE);
    }

    /**
     * Opens a shopper account whose holder reads {@code language} (mails and PDFs are sent in it).
     *
     * @throws InvalidInputException for a malformed e-mail, a blank name, a weak password, or a language that is not a bare
     *                               ISO 639 language ({@code fr}, {@code en}), naming the field
     * @throws ConflictException {@code email_taken} when an account already uses the e-mail
     */
    Account register(String email, String password, String displayName, java.util.Locale language);

    /**
     * Changes the language the account's holder is written to in.
     *
     * @throws InvalidInputException {@code invalid_language} for a language that is not a bare ISO 639 language
     */
    Account setLanguage(AccountId id, java.util.Locale language);

    /**
     * Checks an e-mail and password.
     *
     * @param client who is trying (an IP address), throttled on its own beside the e-mail
     * @throws AuthenticationException when they do not match, the account is closed, or too many attempts failed
     */
    Account authenticate(String email, String password, String client);

    Optional<Account> account(AccountId id);

    Optional<Account> accountByEmail(String email);

    /**
     * The accounts at these addresses, keyed by each address as given (one without an account, or not an address, is left
     * out): e.g. the language of every recipient of a batch of mails, in one read. The default looks them up one by one.
     * Since engine API 1.3.
     */
    default Map<String, Account> accountsByEmail(Collection<String> emails) {
        Map<String, Account> found = new HashMap<>();
        for (String email : new LinkedHashSet<>(emails)) {
            accountByEmail(email).ifPresent(account -> found.put(email, account));
        }
        return found;
    }

    List<Account> find(AccountFilter filter);

    int count(AccountFilter filter);

    /** The accounts holding this grant, by name: e.g. a shop's staff ({@link Role#MERCHANT_STAFF} scoped to the shop). */
    List<Account> holders(RoleGrant grant);

    /**
     * Gives a grant to whoever uses the e-mail — how a shop adds someone to its staff — opening an account for them when
     * there is none: its holder then chooses a password through a reset link sent to the address. Either way the address is
     * told what it was invited to. Giving a grant already held only tells again.
     *
     * @param invitedTo the name of what the grant lets them into (e.g. the shop's name), quoted in the mail, which is
     *                  written in the account's language (French for an account opened here)
     * @param resetUrlPrefix the password link of a new account is this prefix followed by the token
     * @throws InvalidInputException {@code invalid_email}; {@code invalid_displayName} for a new account
     * @throws ConflictException {@code account_closed} when the e-mail's account is closed (an admin may reopen it)
     */
    Account invite(String email, String displayName, RoleGrant grant, String invitedTo, String resetUrlPrefix, Actor actor);

    /**
     * The roles an account can be given: the {@link Role#builtIn() built-in ones}, then those the running plugins
     * registered. A grant of a role no running plugin registers is kept in the database but left out of the account.
     */
    List<Role> roles();

    /** Number of active accounts holding each role (every role of {@link #roles()} present, in that order). */
    Map<Role, Integer> countByRole();

    /**
     * Number of active customer accounts: those holding no role but {@link Role#SHOPPER}, so not the accounts opened for
     * a job (a shop's staff, a point of sale's operator, a trainer, an admin), which hold the shopper role too.
     */
    int countCustomers();

    /**
     * Gives a role; giving one already held does nothing.
     *
     * @throws io.comptoir.engine.api.error.InvalidInputException {@code invalid_role} for a role not in {@link #roles()};
     *         {@code invalid_scope} on {@code scope} for a scope that names nothing: a shop that does not exist for
     *         {@link Role#MERCHANT_STAFF}, what a plugin's check refuses for its scoped role
     *         ({@code PluginContext.registerRole(Role, LongPredicate)})
     * @throws io.comptoir.engine.api.error.NotFoundException for an unknown account
     */
    Account grant(AccountId id, RoleGrant grant, Actor actor);

    /** Takes a role away; the {@link Role#SHOPPER} role cannot be taken. */
    Account revoke(AccountId id, RoleGrant grant, Actor actor);

    /** Closes or reopens an account; closing also ends its sessions. */
    Account setActive(AccountId id, boolean active, Actor actor);

    /**
     * Sends a one-hour password reset link by mail if the e-mail has an account; says nothing either way.
     *
     * @param resetUrlPrefix the link sent is this prefix followed by the token
     */
    void requestPasswordReset(String email, String resetUrlPrefix);

    /**
     * Sets a new password with a reset token; the token works once, and every session of the account ends.
     *
     * @throws InvalidInputException {@code invalid_token} for an unknown, used or expired token; or a weak password
     */
    Account resetPassword(String token, String newPassword);

    /** Changes the password of a signed-in account after checking the current one. */
    void changePassword(AccountId id, String currentPassword, String newPassword);

    /**
     * Changes the name an account shows (its holder's own change).
     *
     * @throws InvalidInputException {@code invalid_displayName}: 1 to 100 characters, no control characters
     */
    Account rename(AccountId id, String displayName);

    /**
     * Changes an account's e-mail after checking its current password, so that a session left open somewhere cannot hand the
     * account to someone else; the former address is told. Sessions stay open; the new address signs in from now on.
     *
     * @throws InvalidInputException {@code invalid_email}, or {@code wrong_password} on field {@code currentPassword}
     * @throws ConflictException {@code email_taken} when another account uses it
     * @throws AuthenticationException {@code too_many_attempts} after repeated wrong passwords
     */
    Account changeEmail(AccountId id, String currentPassword, String newEmail);

    /**
     * Closes one's own account after checking its password: it can no longer sign in and every session ends. Its orders,
     * vouchers and roles are kept, as the marketplace's books need them; a territory admin can reopen it.
     *
     * @throws InvalidInputException {@code wrong_password} on field {@code currentPassword}
     * @throws AuthenticationException {@code too_many_attempts} after repeated wrong passwords
     */
    Account closeOwnAccount(AccountId id, String currentPassword);
}
