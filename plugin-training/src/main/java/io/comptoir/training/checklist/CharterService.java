package io.comptoir.training.checklist;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.SafeMarkdown;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.training.Permissions;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.api.CharterAcceptance;
import io.comptoir.training.api.CharterVersion;
import io.comptoir.training.api.Charters;
import io.comptoir.training.support.Events;
import io.comptoir.training.support.Texts;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link Charters} on the database. */
public final class CharterService implements Charters {
    private final Database db;
    private final Clock clock;
    private final Events events;
    private final Permissions permissions;
    private final MerchantDirectory merchants;

    public CharterService(Database db, Clock clock, Events events, Permissions permissions, MerchantDirectory merchants) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.permissions = requireNonNull(permissions, "permissions is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    @Override
    public Optional<CharterVersion> current() {
        return db.with(CharterDao.class, CharterDao::latest).map(CharterService::toVersion);
    }

    @Override
    public Optional<CharterVersion> version(int version) {
        return db.with(CharterDao.class, dao -> dao.find(version)).map(CharterService::toVersion);
    }

    private static CharterVersion toVersion(CharterDao.CharterRow row) {
        return new CharterVersion(row.version(), row.title(), row.body(), SafeMarkdown.toHtml(row.body()), row.publishedAt());
    }

    @Override
    public CharterVersion publish(String title, String body, Actor actor) {
        permissions.requireAdmin(actor);
        String cleanTitle = Texts.line("title", title, 1, 200);
        String cleanBody = Texts.block("body", body, 1, 100_000);
        try {
            return db.inTransaction(handle -> {
                CharterDao dao = handle.attach(CharterDao.class);
                int version = dao.maxVersion() + 1;
                dao.insert(version, cleanTitle, cleanBody, clock.instant(), actor.toString());
                events.publish(handle, TrainingEvents.CHARTER_PUBLISHED, version, Map.of(), actor);
                return toVersion(dao.find(version).orElseThrow());
            });
        }
        catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ConflictException("charter_published_meanwhile", "another version was published meanwhile; read it first");
            }
            throw e;
        }
    }

    @Override
    public CharterAcceptance accept(MerchantId shop, int version, Actor actor) {
        merchants.require(requireNonNull(shop, "shop is null"));
        Account staff = permissions.requireStaff(actor, shop);
        CharterVersion current = current().orElseThrow(() -> new ConflictException("no_charter", "the territory has no charter yet"));
        if (version != current.version()) {
            throw new ConflictException("charter_outdated", "version " + version + " is not the current charter (version "
                    + current.version() + "): read the current one");
        }
        try {
            return db.inTransaction(handle -> {
                CharterDao dao = handle.attach(CharterDao.class);
                Optional<CharterDao.AcceptanceRow> existing = dao.acceptance(shop.value(), version);
                if (existing.isEmpty()) {
                    dao.accept(shop.value(), version, staff.id().value(), clock.instant());
                    events.publish(handle, TrainingEvents.CHARTER_ACCEPTED, shop.value(),
                            Map.of("version", Integer.toString(version), "account", staff.id().toString()), actor);
                }
                return toAcceptance(dao.acceptance(shop.value(), version).orElseThrow());
            });
        }
        catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return db.with(CharterDao.class, dao -> dao.acceptance(shop.value(), version)).map(CharterService::toAcceptance)
                        .orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public Optional<CharterAcceptance> latestAcceptance(MerchantId shop, Actor actor) {
        requireNonNull(shop, "shop is null");
        permissions.requireShopAccess(actor, shop);
        return latestAcceptance(shop);
    }

    /** Without access check, for the checklist. */
    Optional<CharterAcceptance> latestAcceptance(MerchantId shop) {
        return db.with(CharterDao.class, dao -> dao.latestAcceptance(shop.value())).map(CharterService::toAcceptance);
    }

    private static CharterAcceptance toAcceptance(CharterDao.AcceptanceRow row) {
        return new CharterAcceptance(new MerchantId(row.merchantId()), row.version(), new AccountId(row.accountId()), row.acceptedAt());
    }
}
