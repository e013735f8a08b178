package io.comptoir.engine.core.privacy;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EngineEvents.Accounts;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.engine.api.privacy.ErasureReceipt;
import io.comptoir.engine.api.privacy.PersonalData;
import io.comptoir.engine.api.privacy.PersonalDataExport;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.api.privacy.PrivacyRequest;
import io.comptoir.engine.core.account.AccountService;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.plugin.kit.SqlErrors;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A person's rights over their data. An erasure is one transaction over the engine's tables and every plugin's
 * {@link PersonalData}: the account's row is anonymised in place and locked out, its sessions, reset links, cart and
 * mails go, its orders keep their amounts with the personal fields (names, e-mail, delivery address, the notes of their
 * moves) replaced; the request is recorded and {@code account.erased} published with it.
 */
@Singleton
public final class PrivacyService implements PersonalDataRights {
    /** Replaces the street of a delivery address. */
    static final String ERASED_STREET = "—";
    /** No Argon2 hash looks like this, so no password can ever match it. */
    static final String NO_PASSWORD = "!erased";
    private static final int PAGE = 200;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AccountService accounts;
    private final Orders orders;
    private final PersonalDataSections sections;
    private final OutboxEventPublisher events;
    private final CommitSignal commits;
    private final RetentionSettings retention;

    @Inject
    public PrivacyService(Jdbi jdbi, Clock clock, AccountService accounts, Orders orders, PersonalDataSections sections,
                          OutboxEventPublisher events, CommitSignal commits, RetentionSettings retention) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.orders = requireNonNull(orders, "orders is null");
        this.sections = requireNonNull(sections, "sections is null");
        this.events = requireNonNull(events, "events is null");
        this.commits = requireNonNull(commits, "commits is null");
        this.retention = requireNonNull(retention, "retention is null");
    }

    @Override
    public PersonalDataExport export(AccountId person, Actor actor) {
        requireNonNull(person, "person is null");
        requireNonNull(actor, "actor is null");
        Account account = accounts.account(person).orElseThrow(() -> NotFoundException.of("account", person));
        List<CustomerOrder> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<CustomerOrder> page = orders.customerOrdersOf(person, offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        Instant now = clock.instant();
        Map<String, List<Map<String, Object>>> parts = jdbi.inTransaction(handle -> {
            Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
            for (PersonalData section : sections.all()) {
                found.put(section.section(), call(() -> section.export(person, account.email(), handle.getConnection()), section));
            }
            Daos.of(handle, PrivacyDao.class).record(person.value(), PrivacyRequest.Kind.EXPORT.name(), actor.toString(), now, null);
            return found;
        });
        return new PersonalDataExport(now, account, all, parts);
    }

    @Override
    public ErasureReceipt eraseOwn(AccountId person, String currentPassword) {
        accounts.verifyPassword(person, currentPassword);
        return erase(person, Actor.account(person.value()));
    }

    @Override
    public ErasureReceipt erase(AccountId person, Actor actor) {
        return erase(person, actor, Optional.empty());
    }

    @Override
    public ErasureReceipt erase(AccountId person, Actor actor, String idempotencyKey) {
        requireNonNull(idempotencyKey, "idempotencyKey is null");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new InvalidInputException("idempotencyKey", "invalid_idempotency_key", "an idempotency key has 1 to 100 characters");
        }
        return erase(person, actor, Optional.of(idempotencyKey));
    }

    private ErasureReceipt erase(AccountId person, Actor actor, Optional<String> key) {
        requireNonNull(person, "person is null");
        requireNonNull(actor, "actor is null");
        ErasureReceipt receipt;
        try {
            receipt = jdbi.inTransaction(handle -> erase(handle, person, actor, key));
        }
        catch (RuntimeException e) {
            // the same key used at once for another account: the other transaction recorded it first
            if (key.isPresent() && SqlErrors.isUniqueViolation(e, "privacy_request_idempotency_idx")) {
                throw reused(key.get());
            }
            throw e;
        }
        accounts.changedElsewhere(person);
        commits.committedInBackground();
        return receipt;
    }

    private ErasureReceipt erase(Handle handle, AccountId person, Actor actor, Optional<String> key) {
        PrivacyDao dao = Daos.of(handle, PrivacyDao.class);
        PrivacyDao.Subject subject = dao.lock(person.value()).orElseThrow(() -> NotFoundException.of("account", person));
        // under the account's lock, so that a retry waiting for the first call sees what it recorded
        Optional<PrivacyDao.KeyedRequest> first = key.flatMap(value -> dao.keyed(actor.toString(), value));
        if (first.isPresent()) {
            if (first.get().accountId() != person.value() || !first.get().kind().equals(PrivacyRequest.Kind.ERASURE.name())) {
                throw reused(key.get());
            }
            return new ErasureReceipt(person, first.get().requestedAt(), dao.ordersOf(person.value()).size());
        }
        if (subject.erasedAt() != null) {
            throw new ConflictException("already_erased", "the personal data of account " + person + " is already erased");
        }
        // as stored (to the microsecond), so that a retry's receipt, read back, equals the first
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String erasedEmail = "erased-" + person.value() + "@" + ERASED_DOMAIN;
        long id = person.value();
        dao.closeSessions(id, now);
        dao.dropResets(id);
        dao.dropCartLines(id);
        dao.dropCart(id);
        dao.dropMails(subject.email());
        dao.dropJobRoles(id);
        int anonymised = dao.anonymiseOrders(id, ERASED_NAME, erasedEmail, now);
        List<Long> orderIds = dao.ordersOf(id);
        for (int from = 0; from < orderIds.size(); from += PAGE) {
            List<Long> some = orderIds.subList(from, Math.min(orderIds.size(), from + PAGE));
            dao.anonymiseDeliveriesOf(some, ERASED_NAME, ERASED_STREET);
            dao.clearNotesOf(some);
        }
        for (PersonalData section : sections.all()) {
            call(() -> {
                section.erase(person, subject.email(), handle.getConnection());
                return null;
            }, section);
        }
        dao.eraseAccount(id, erasedEmail, ERASED_NAME, NO_PASSWORD, now);
        dao.record(id, PrivacyRequest.Kind.ERASURE.name(), actor.toString(), now, key.orElse(null));
        events.publish(handle, Accounts.ERASED.event(Long.toString(id), Map.of(), actor));
        return new ErasureReceipt(person, now, anonymised);
    }

    private static ConflictException reused(String key) {
        return new ConflictException("idempotency_key_reused", "the idempotency key " + key + " was used for another request");
    }

    @Override
    public List<PrivacyRequest> requests(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return jdbi.withExtension(PrivacyDao.class, dao -> dao.requests(limit, offset)).stream()
                .map(row -> new PrivacyRequest(row.id(), new AccountId(row.accountId()), PrivacyRequest.Kind.valueOf(row.kind()),
                        row.actor(), row.requestedAt()))
                .toList();
    }

    @Override
    public boolean erased(AccountId person) {
        requireNonNull(person, "person is null");
        return jdbi.withExtension(PrivacyDao.class, dao -> dao.countErased(person.value())) > 0;
    }

    @Override
    public Period retention() {
        return retention.period();
    }

    /** A plugin's section, whatever it throws: the export or the erasure fails (and rolls back) with the section named. */
    static <T> T call(SectionCall<T> work, PersonalData section) {
        try {
            return work.run();
        }
        catch (RuntimeException e) {
            throw e;
        }
        catch (Exception e) {
            throw new IllegalStateException("the personal data section " + section.section() + " failed", e);
        }
    }

    @FunctionalInterface
    interface SectionCall<T> {
        T run() throws Exception;
    }
}
