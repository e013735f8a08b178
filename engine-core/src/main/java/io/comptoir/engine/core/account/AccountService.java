package io.comptoir.engine.core.account;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EngineEvents.Accounts;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.throttle.AttemptLimits;
import io.comptoir.engine.core.cache.AggregateCache;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.plugin.kit.SqlErrors;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The {@link AccountDirectory} on the database. Passwords are hashed outside transactions (a hash takes tens of
 * milliseconds and should not hold a connection); every change publishes its domain event in its own transaction,
 * and no event carries a password, a hash or a token.
 */
@Singleton
public final class AccountService implements AccountDirectory {
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** At most this many reset links per account and hour, so that nobody can flood someone's mailbox. */
    static final int MAX_RESETS_PER_HOUR = 3;

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final OutboxEventPublisher events;
    private final CommitSignal commits;
    private final AggregateCache<Account> kept = new AggregateCache<>("account", 50_000);
    private final Mailer mailer;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final RoleCatalogue roles;
    private final SessionMemory sessions;

    @Inject
    public AccountService(Jdbi jdbi, Clock clock, OutboxEventPublisher events, CommitSignal commits, Mailer mailer,
                          AccountSettings settings, AttemptLimits limits, RoleCatalogue roles, SessionMemory sessions) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.commits = requireNonNull(commits, "commits is null");
        this.mailer = requireNonNull(mailer, "mailer is null");
        this.hasher = new PasswordHasher(requireNonNull(settings, "settings is null"));
        this.throttle = new LoginThrottle(limits);
        this.roles = requireNonNull(roles, "roles is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
    }

    /** After the commit of a change: this node forgets the account and its sessions at once, the others by its event. */
    private void changed(long accountId) {
        kept.forget(accountId);
        sessions.forgetAccount(accountId);
        commits.committedInBackground();
    }

    @Override
    public Account register(String email, String password, String displayName, Locale language) {
        String normalized = AccountInputs.email(email);
        String name = AccountInputs.displayName(displayName);
        String code = AccountInputs.language(language);
        AccountInputs.password("password", password);
        if (jdbi.withExtension(AccountDao.class, dao -> dao.findByEmail(normalized)).isPresent()) {
            throw emailTaken();
        }
        String hash = hasher.hash(password);
        Account account;
        try {
            account = jdbi.inTransaction(handle -> {
                AccountDao dao = Daos.of(handle, AccountDao.class);
                Instant now = clock.instant();
                long id = dao.insert(normalized, name, hash, now, code);
                dao.insertGrant(id, Role.SHOPPER.name(), GrantRow.NO_SCOPE, now);
                events.publish(handle, event(Accounts.REGISTERED, id, Map.of(Accounts.ROLES, Role.SHOPPER.name()), Actor.account(id)));
                return load(handle, id).orElseThrow();
            });
        }
        catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw emailTaken();
            }
            throw e;
        }
        commits.committedInBackground();
        return account;
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email_taken", "an account already uses this e-mail address");
    }

    @Override
    public Account authenticate(String email, String password, String client) {
        Optional<String> normalized = AccountInputs.wellFormedEmail(email);
        LoginThrottle.Attempt attempt = throttle.begin(normalized, client);
        Optional<AccountRow> row = normalized.flatMap(address -> jdbi.withExtension(AccountDao.class, dao -> dao.findByEmail(address)));
        boolean matches = false;
        if (AccountInputs.plausiblePassword(password)) {
            if (row.isPresent()) {
                matches = hasher.verify(password, row.get().passwordHash());
            }
            else {
                hasher.verifyDecoy(password);
            }
        }
        if (!matches || !row.get().active()) {
            throw AuthenticationException.invalidCredentials();
        }
        throttle.succeeded(attempt);
        AccountRow account = row.get();
        if (hasher.isOutdated(account.passwordHash())) {
            String stronger = hasher.hash(password);
            jdbi.useExtension(AccountDao.class, dao -> dao.upgradePasswordHash(account.id(), account.passwordHash(), stronger));
        }
        return jdbi.withHandle(handle -> load(handle, account.id())).orElseThrow(AuthenticationException::invalidCredentials);
    }

    @Override
    public Optional<Account> account(AccountId id) {
        requireNonNull(id, "id is null");
        // every signed-in request reads its account: kept, and forgotten on any change (here or, through the feed, elsewhere)
        return kept.get(id.value(), () -> jdbi.withHandle(handle -> load(handle, id.value())));
    }

    /** Forgets kept accounts that any node changed; the engine feeds it the change feed. */
    public ChangeFeedListener changeFeedListener() {
        return kept;
    }

    @Override
    public Optional<Account> accountByEmail(String email) {
        return AccountInputs.wellFormedEmail(email).flatMap(normalized -> jdbi.withHandle(handle ->
                Daos.of(handle, AccountDao.class).findByEmail(normalized).map(row -> withGrants(handle, List.of(row)).get(0))));
    }

    /** Every address in one read (two round trips: the accounts, their roles). */
    @Override
    public Map<String, Account> accountsByEmail(Collection<String> emails) {
        requireNonNull(emails, "emails is null");
        Map<String, List<String>> asGiven = new HashMap<>();   // by normalized address
        for (String email : emails) {
            AccountInputs.wellFormedEmail(email).ifPresent(normalized -> asGiven.computeIfAbsent(normalized, key -> new ArrayList<>()).add(email));
        }
        if (asGiven.isEmpty()) {
            return Map.of();
        }
        Map<String, Account> found = new HashMap<>();
        jdbi.withHandle(handle -> withGrants(handle, Daos.of(handle, AccountDao.class).findByEmails(asGiven.keySet())))
                .forEach(account -> asGiven.getOrDefault(account.email(), List.of()).forEach(given -> found.put(given, account)));
        return found;
    }

    @Override
    public List<Account> find(AccountFilter filter) {
        requireNonNull(filter, "filter is null");
        return jdbi.withHandle(handle -> withGrants(handle, Daos.of(handle, AccountDao.class)
                .find(role(filter), pattern(filter), filter.limit(), filter.offset())));
    }

    @Override
    public int count(AccountFilter filter) {
        requireNonNull(filter, "filter is null");
        return jdbi.withExtension(AccountDao.class, dao -> dao.count(role(filter), pattern(filter)));
    }

    private static String role(AccountFilter filter) {
        return filter.role().map(Role::name).orElse(null);
    }

    /** A LIKE pattern for "contains", with {@code !} escaping the pattern's own wildcards. */
    private static String pattern(AccountFilter filter) {
        return filter.emailContains().map(AccountInputs::normalizeEmail).filter(text -> !text.isEmpty())
                .map(text -> "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .orElse(null);
    }

    @Override
    public List<Role> roles() {
        return roles.all();
    }

    @Override
    public Map<Role, Integer> countByRole() {
        Map<Role, Integer> counts = new LinkedHashMap<>();
        for (Role role : roles.all()) {
            counts.put(role, 0);
        }
        jdbi.withExtension(AccountDao.class, AccountDao::countByRole)
                .forEach(row -> roles.byName(row.role()).ifPresent(role -> counts.put(role, row.count())));
        return counts;
    }

    @Override
    public int countCustomers() {
        return jdbi.withExtension(AccountDao.class, dao -> dao.countOnlyHolding(Role.SHOPPER.name()));
    }


    @Override
    public Account grant(AccountId id, RoleGrant grant, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(grant, "grant is null");
        requireNonNull(actor, "actor is null");
        if (!roles.knows(grant.role())) {
            throw new InvalidInputException("role", "invalid_role", "no role " + grant.role() + " here: one of " + roles.all());
        }
        // the plugin's check may read its own tables: before the account's row is locked
        roles.scopeCheck(grant.role()).ifPresent(scopeExists -> {
            if (!scopeExists.test(grant.scope().getAsLong())) {
                throw InvalidInputException.invalid("scope", "nothing " + grant.role() + " can apply to has id " + grant.scope().getAsLong());
            }
        });
        Account account = jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.of(handle, AccountDao.class);
            dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("account", id));
            if (grant.role().equals(Role.MERCHANT_STAFF) && dao.merchantCount(grant.scope().getAsLong()) == 0) {
                throw InvalidInputException.invalid("scope", "no shop with id " + grant.scope().getAsLong());
            }
            Account current = load(handle, id.value()).orElseThrow();
            if (current.grants().contains(grant)) {
                return current;
            }
            Instant now = clock.instant();
            dao.insertGrant(id.value(), grant.role().name(), GrantRow.storedScope(grant), now);
            dao.touch(id.value(), now);
            events.publish(handle, event(Accounts.ROLE_GRANTED, id.value(), grantData(grant), actor));
            return load(handle, id.value()).orElseThrow();
        });
        changed(id.value());
        return account;
    }

    @Override
    public Account revoke(AccountId id, RoleGrant grant, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(grant, "grant is null");
        requireNonNull(actor, "actor is null");
        if (grant.role().equals(Role.SHOPPER)) {
            throw new InvalidInputException("role", "role_not_revocable", "every account keeps the SHOPPER role");
        }
        Account account = jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.of(handle, AccountDao.class);
            dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("account", id));
            if (dao.deleteGrant(id.value(), grant.role().name(), GrantRow.storedScope(grant)) == 0) {
                return load(handle, id.value()).orElseThrow();
            }
            dao.touch(id.value(), clock.instant());
            events.publish(handle, event(Accounts.ROLE_REVOKED, id.value(), grantData(grant), actor));
            return load(handle, id.value()).orElseThrow();
        });
        changed(id.value());
        return account;
    }

    private static Map<String, String> grantData(RoleGrant grant) {
        Map<String, String> data = new HashMap<>();
        data.put(Accounts.ROLE, grant.role().name());
        grant.scope().ifPresent(scope -> data.put(Accounts.SCOPE, Long.toString(scope)));
        return data;
    }

    @Override
    public Account setLanguage(AccountId id, Locale language) {
        requireNonNull(id, "id is null");
        String code = AccountInputs.language(language);
        Account account = jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.of(handle, AccountDao.class);
            AccountRow row = dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("account", id));
            if (!row.language().equals(code)) {
                dao.setLanguage(id.value(), code, clock.instant());
                events.publish(handle, event(Accounts.LANGUAGE_CHANGED, id.value(), Map.of(Accounts.LANGUAGE, code), Actor.account(id.value())));
            }
            return load(handle, id.value()).orElseThrow();
        });
        changed(id.value());
        return account;
    }

    @Override
    public Account setActive(AccountId id, boolean active, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(actor, "actor is null");
        Account account = jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.of(handle, AccountDao.class);
            AccountRow row = dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("account", id));
            if (row.active() == active) {
                return load(handle, id.value()).orElseThrow();
            }
            Instant now = clock.instant();
            dao.setActive(id.value(), active, now);
            if (!active) {
                Daos.of(handle, SessionDao.class).closeAll(id.value(), now);
            }
            events.publish(handle, event(active ? Accounts.REOPENED : Accounts.CLOSED, id.value(), Map.of(), actor));
            return load(handle, id.value()).orElseThrow();
        });
        changed(id.value());
        return account;
    }

    @Override
    public void requestPasswordReset(String email, String resetUrlPrefix) {
        requireNonNull(resetUrlPrefix, "resetUrlPrefix is null");
        Optional<String> normalized = AccountInputs.wellFormedEmail(email);
        if (normalized.isEmpty()) {
            return;
        }
        String token = Secrets.newToken();
        Optional<AccountRow> recipient = jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.of(handle, AccountDao.class);
            Optional<AccountRow> row = dao.findByEmail(normalized.get()).filter(AccountRow::active);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            long id = dao.lock(row.get().id()).orElseThrow().id();
            Instant now = clock.instant();
            PasswordResetDao resets = Daos.of(handle, PasswordResetDao.class);
            if (resets.requestedSince(id, now.minus(Duration.ofHours(1))) >= MAX_RESETS_PER_HOUR) {
                log.info("Password reset for account {} not sent: {} already sent within the hour", id, MAX_RESETS_PER_HOUR);
                return Optional.empty();
            }
            resets.insert(Secrets.sha256(token), id, now, now.plus(RESET_VALIDITY));
            events.publish(handle, event(Accounts.PASSWORD_RESET_REQUESTED, id, Map.of(), Actor.system("password-reset")));
            return row;
        });
        if (recipient.isEmpty()) {
            return;
        }
        commits.committedInBackground();
        mailer.send(PasswordResetMail.to(recipient.get().email(), recipient.get().displayName(), resetUrlPrefix + token,
                Locale.forLanguageTag(recipient.get().language())));
    }

    @Override
    public Account resetPassword(String token, String newPassword) {
        AccountInputs.password("password", newPassword);
        if (!Secrets.looksLikeToken(token)) {
            throw invalidToken();
        }
        String hash = hasher.hash(newPassword);
        String tokenHash = Secrets.sha256(token);
        Account account = jdbi.inTransaction(handle -> {
            PasswordResetDao resets = Daos.of(handle, PasswordResetDao.class);
            Instant now = clock.instant();
            if (resets.spend(tokenHash, now) == 0) {
                throw invalidToken();
            }
            long id = resets.accountOf(tokenHash).orElseThrow();
            AccountDao dao = Daos.of(handle, AccountDao.class);
            if (!dao.lock(id).map(AccountRow::active).orElse(false)) {
                throw invalidToken();
            }
            dao.setPasswordHash(id, hash, now);
            resets.spendAll(id, now);
            Daos.of(handle, SessionDao.class).closeAll(id, now);
            events.publish(handle, event(Accounts.PASSWORD_CHANGED, id, Map.of(Accounts.VIA, "reset"), Actor.account(id)));
            return load(handle, id).orElseThrow();
        });
        changed(account.id().value());
        return account;
    }

    private static InvalidInputException invalidToken() {
        return new InvalidInputException("token", "invalid_token", "this link is unknown, already used or expired");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Every session of the account ends, the current one included: the caller opens a fresh one for the device in
     * use. Wrong current passwords count against the e-mail's sign-in attempts.
     *
     * @throws InvalidInputException {@code wrong_password} on field {@code currentPassword}; or a weak
     *         {@code newPassword}
     * @throws AuthenticationException {@code too_many_attempts} after repeated wrong current passwords
     */
    @Override
    public void changePassword(AccountId id, String currentPassword, String newPassword) {
        requireNonNull(id, "id is null");
        AccountInputs.password("newPassword", newPassword);
        AccountRow row = verified(id, currentPassword);
        String hash = hasher.hash(newPassword);
        jdbi.useTransaction(handle -> {
            AccountDao dao = Daos.of(handle, AccountDao.class);
            AccountRow locked = dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("account", id));
            if (!locked.passwordHash().equals(row.passwordHash())) {
                throw new ConflictException("password_changed_meanwhile", "the password was changed meanwhile; try again");
            }
            Instant now = clock.instant();
            dao.setPasswordHash(id.value(), hash, now);
            Daos.of(handle, PasswordResetDao.class).spendAll(id.value(), now);
            Daos.of(handle, SessionDao.class).closeAll(id.value(), now);
            events.publish(handle, event(Accounts.PASSWORD_CHANGED, id.value(), Map.of(Accounts.VIA, "change"), Actor.account(id.value())));
        });
        changed(id.value());
    }

    /**
     * The active account, once its holder proved it with its password; wrong passwords count against the e-mail's sign-in
     * attempts.
     */
    /**
     * Checks an active account's own password, under the sign-in throttle, for an act of its holder handled by another
     * service of the engine (the erasure of the account).
     *
     * @throws InvalidInputException {@code wrong_password} on field {@code currentPassword}
     */
    public void verifyPassword(AccountId id, String currentPassword) {
        requireNonNull(id, "id is null");
        verified(id, currentPassword);
    }

    /** Forgets the kept copy of an account that another service of the engine changed, once its change is committed. */
    public void changedElsewhere(AccountId id) {
        changed(id.value());
    }

    private AccountRow verified(AccountId id, String currentPassword) {
        AccountRow row = jdbi.withExtension(AccountDao.class, dao -> dao.find(id.value()))
                .filter(AccountRow::active).orElseThrow(() -> NotFoundException.of("account", id));
        LoginThrottle.Attempt attempt = throttle.begin(row.email());
        if (!AccountInputs.plausiblePassword(currentPassword) || !hasher.verify(currentPassword, row.passwordHash())) {
            throw new InvalidInputException("currentPassword", "wrong_password", "the current password is not this one");
        }
        throttle.succeeded(attempt);
        return row;
    }

    @Override
    public Account rename(AccountId id, String displayName) {
        requireNonNull(id, "id is null");
        String name = AccountInputs.displayName(displayName);
        Account account = jdbi.inTransaction(handle -> {
            AccountDao dao = Daos.of(handle, AccountDao.class);
            dao.lock(id.value()).filter(AccountRow::active).orElseThrow(() -> NotFoundException.of("account", id));
            dao.setDisplayName(id.value(), name, clock.instant());
            events.publish(handle, event(Accounts.RENAMED, id.value(), Map.of(), Actor.account(id.value())));
            return load(handle, id.value()).orElseThrow();
        });
        changed(id.value());
        return account;
    }

    @Override
    public Account changeEmail(AccountId id, String currentPassword, String newEmail) {
        requireNonNull(id, "id is null");
        String email = AccountInputs.email(newEmail);
        AccountRow row = verified(id, currentPassword);
        if (email.equals(row.email())) {
            return account(id).orElseThrow();
        }
        Account account;
        try {
            account = jdbi.inTransaction(handle -> {
                AccountDao dao = Daos.of(handle, AccountDao.class);
                dao.lock(id.value()).filter(AccountRow::active).orElseThrow(() -> NotFoundException.of("account", id));
                if (dao.findByEmail(email).isPresent()) {
                    throw emailTaken();
                }
                Instant now = clock.instant();
                dao.setEmail(id.value(), email, now);
                Daos.of(handle, PasswordResetDao.class).spendAll(id.value(), now);
                events.publish(handle, event(Accounts.EMAIL_CHANGED, id.value(), Map.of(), Actor.account(id.value())));
                return load(handle, id.value()).orElseThrow();
            });
        }
        catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw emailTaken();
            }
            throw e;
        }
        changed(id.value());
        mailer.send(AccountMails.emailChanged(row.email(), account.displayName(), email, account.language()));
        return account;
    }

    @Override
    public Account closeOwnAccount(AccountId id, String currentPassword) {
        requireNonNull(id, "id is null");
        verified(id, currentPassword);
        return setActive(id, false, Actor.account(id.value()));
    }

    @Override
    public List<Account> holders(RoleGrant grant) {
        requireNonNull(grant, "grant is null");
        return jdbi.withHandle(handle -> withGrants(handle, Daos.of(handle, AccountDao.class).holders(grant.role().name(), GrantRow.storedScope(grant))));
    }

    @Override
    public Account invite(String email, String displayName, RoleGrant grant, String invitedTo, String resetUrlPrefix, Actor actor) {
        requireNonNull(grant, "grant is null");
        requireNonNull(invitedTo, "invitedTo is null");
        requireNonNull(resetUrlPrefix, "resetUrlPrefix is null");
        requireNonNull(actor, "actor is null");
        String normalized = AccountInputs.email(email);
        Optional<Account> existing = accountByEmail(normalized);
        boolean opened = existing.isEmpty();
        Account account;
        if (opened) {
            try {
                // a password nobody knows: the holder chooses theirs through the reset link
                account = register(normalized, Secrets.newToken(), displayName);
            }
            catch (ConflictException e) {
                account = accountByEmail(normalized).orElseThrow(() -> e);
                opened = false;
            }
        }
        else {
            account = existing.get();
        }
        if (!account.active()) {
            throw new ConflictException("account_closed", "the account of this e-mail is closed: a territory admin may reopen it");
        }
        Account invited = grant(account.id(), grant, actor);
        mailer.send(AccountMails.invited(invited.email(), invited.displayName(), invitedTo, opened, invited.language()));
        if (opened) {
            requestPasswordReset(invited.email(), resetUrlPrefix);
        }
        return invited;
    }

    /** Forgets reset links expired for a day; returns how many. */
    public int purgeExpired() {
        return jdbi.withExtension(PasswordResetDao.class, dao -> dao.purge(clock.instant().minus(Duration.ofDays(1))));
    }

    private Optional<Account> load(Handle handle, long id) {
        List<AccountGrantRow> rows = Daos.of(handle, AccountReads.class).withRoles(id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0).account().toAccount(rows.stream().filter(AccountGrantRow::hasRole)
                .flatMap(row -> row.grant().toGrant(roles).stream()).toList()));
    }

    private List<Account> withGrants(Handle handle, List<AccountRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RoleGrant>> grants = new HashMap<>();
        Daos.of(handle, AccountDao.class).grantsOf(rows.stream().map(AccountRow::id).toList())
                .forEach(grant -> grant.toGrant(roles).ifPresent(known -> grants.computeIfAbsent(grant.accountId(), k -> new ArrayList<>()).add(known)));
        return rows.stream().map(row -> row.toAccount(grants.getOrDefault(row.id(), List.of()))).toList();
    }

    private static PendingEvent event(EventType type, long accountId, Map<String, String> data, Actor actor) {
        return type.event(Long.toString(accountId), data, actor);
    }
}
