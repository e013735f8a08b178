package io.comptoir.training;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.TrainingRoles;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The plugin's domain rules on who acts. Every service operation that changes something or shows one shop's data takes
 * the {@link Actor}:
 * <ul>
 *   <li>{@code Actor.account(id)}: a person, checked against the roles the engine's {@link AccountDirectory} gives the
 *       account now (a closed account may do nothing);</li>
 *   <li>{@code Actor.system(name)}: a trusted component of the deployment (the seed loader, a job), allowed everything.
 *       A web layer never passes a system actor for a request.</li>
 * </ul>
 * Refusals are {@link AccessDeniedException}s (403).
 */
public final class Permissions {
    private final AccountDirectory accounts;

    public Permissions(AccountDirectory accounts) {
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    public static boolean isSystem(Actor actor) {
        return Actor.SYSTEM.equals(requireNonNull(actor, "actor is null").type());
    }

    /** The active account behind an account actor; empty for a system actor. */
    public Optional<Account> account(Actor actor) {
        if (isSystem(actor)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(actor.id());
        }
        catch (NumberFormatException e) {
            throw new AccessDeniedException("unknown account " + actor.id());
        }
        if (id <= 0) {
            throw new AccessDeniedException("unknown account " + actor.id());
        }
        Account account = accounts.account(new AccountId(id)).filter(Account::active)
                .orElseThrow(() -> new AccessDeniedException("no active account " + id));
        return Optional.of(account);
    }

    /** The person acting; a system actor is refused (the operation needs a person, e.g. a learner). */
    public Account person(Actor actor) {
        return account(actor).orElseThrow(() -> new AccessDeniedException("this needs a person's account, not " + actor));
    }

    public boolean isAdmin(Actor actor) {
        return account(actor).map(account -> account.hasRole(Role.TERRITORY_ADMIN)).orElse(true);
    }

    /** Territory admins (and the system) only. */
    public void requireAdmin(Actor actor) {
        if (!isAdmin(actor)) {
            throw new AccessDeniedException("only a territory admin may do this");
        }
    }

    /** Staff of that shop, territory admins and the system: who may see the shop's onboarding and act on its behalf. */
    public void requireShopAccess(Actor actor, MerchantId shop) {
        requireNonNull(shop, "shop is null");
        Optional<Account> account = account(actor);
        if (account.isPresent() && !account.get().hasRole(Role.TERRITORY_ADMIN) && !account.get().isStaffOf(shop.value())) {
            throw new AccessDeniedException("account " + account.get().id() + " does not work for shop " + shop);
        }
    }

    /** A person who is staff of that shop (what learning and accepting the charter need). */
    public Account requireStaff(Actor actor, MerchantId shop) {
        Account person = person(actor);
        if (!person.isStaffOf(shop.value())) {
            throw new AccessDeniedException("account " + person.id() + " does not work for shop " + shop);
        }
        return person;
    }

    /** The given trainer (holding the trainer role), a territory admin, or the system. */
    public void requireTrainerOrAdmin(Actor actor, AccountId trainer) {
        Optional<Account> account = account(actor);
        if (account.isEmpty() || account.get().hasRole(Role.TERRITORY_ADMIN)) {
            return;
        }
        if (!account.get().id().equals(trainer) || !account.get().hasRole(TrainingRoles.TRAINER)) {
            throw new AccessDeniedException("only the session's trainer or a territory admin may do this");
        }
    }

    /** Whether the account is active and staff of the shop (for checking the person a booking is made for). */
    public boolean isActiveStaff(AccountId account, MerchantId shop) {
        return accounts.account(account).filter(Account::active).map(found -> found.isStaffOf(shop.value())).orElse(false);
    }
}
