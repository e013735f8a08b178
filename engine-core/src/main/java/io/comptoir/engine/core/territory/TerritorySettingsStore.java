package io.comptoir.engine.core.territory;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EngineEvents.Merchants;
import io.comptoir.engine.api.event.EngineEvents.Settings;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.territory.HomeTexts;
import io.comptoir.engine.api.territory.SettingChange;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.comptoir.engine.core.cache.AggregateCache;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

import static java.util.Objects.requireNonNull;

/**
 * The territory's settings in the database: read through a cache (every page shows them) that this node forgets after its
 * own saves and that every node forgets when the change feed brings a {@code territory_settings.changed} event, so that a
 * save shows on the other nodes within the feed's polling interval. A save locks the settings' one version row first, then
 * compares what is wanted with what is saved field by field: nothing changed is nothing written; otherwise a save based on an
 * older version is refused, and each field changed is written with its audit row under the next version, in one transaction
 * with its events. The featured shops are the featured merchants in their positions, so that a shop featured from its own
 * page ({@code MerchantDirectory.setFeatured}) and one featured here are the same list, under the same version and audit.
 */
@Singleton
public final class TerritorySettingsStore {
    private static final long KEY = 1;

    private final Jdbi jdbi;
    private final Clock clock;
    private final OutboxEventPublisher events;
    private final CommitSignal commits;
    private final AggregateCache<TerritorySettings> cache = new AggregateCache<>("territory_settings", 1);
    private final List<LongConsumer> featuringWatchers = new CopyOnWriteArrayList<>();

    @Inject
    public TerritorySettingsStore(Jdbi jdbi, Clock clock, OutboxEventPublisher events, CommitSignal commits) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.commits = requireNonNull(commits, "commits is null");
    }

    /** What must hear of every change, from any node, to keep the settings read here up to date. */
    public ChangeFeedListener changeFeedListener() {
        return cache;
    }

    /** Told, after the commit, of each shop this store featured or stopped featuring (a cache of shops forgets it). */
    public void onFeaturingChanged(LongConsumer watcher) {
        featuringWatchers.add(requireNonNull(watcher, "watcher is null"));
    }

    public TerritorySettings current() {
        return cache.get(KEY, () -> Optional.of(jdbi.withHandle(TerritorySettingsStore::readConsistent))).orElseThrow();
    }

    public TerritorySettings save(TerritorySettings wanted, Actor actor) {
        requireNonNull(wanted, "wanted is null");
        requireNonNull(actor, "actor is null");
        SettingsRules.check(wanted);
        Written written = jdbi.inTransaction(handle -> {
            SettingsDao dao = Daos.of(handle, SettingsDao.class);
            long version = dao.lockVersion();
            TerritorySettings current = read(dao, version);
            if (current.fields().equals(wanted.fields())) {
                return Written.nothing(current);
            }
            if (wanted.version() != version) {
                throw new ConflictException("stale_settings", "the territory's settings were changed by someone else since version "
                        + wanted.version() + " (now version " + version + "): read them again, then save");
            }
            if (!current.featuredShops().equals(wanted.featuredShops())) {
                checkFeatured(dao, current.featuredShops(), wanted.featuredShops());
            }
            return write(handle, current, wanted, actor);
        });
        committed(written);
        return written.settings();
    }

    /**
     * Features a shop at the end of the list, or stops featuring it, in the caller's transaction (the shop's own page, a
     * shop imported as featured); the caller calls {@link #committed} after the commit. Nothing changes when the shop is
     * already as asked.
     *
     * @throws NotFoundException for an unknown shop
     * @throws ConflictException {@code shop_not_live} when the shop to feature is not live, {@code featured_shops_full}
     *         when {@value TerritorySettings#MAX_FEATURED_SHOPS} shops are featured already
     */
    public Written feature(Handle handle, MerchantId shop, boolean featured, Actor actor) {
        requireNonNull(shop, "shop is null");
        requireNonNull(actor, "actor is null");
        SettingsDao dao = Daos.of(handle, SettingsDao.class);
        TerritorySettings current = read(dao, dao.lockVersion());
        List<SettingsDao.ShopRow> rows = dao.shops(List.of(shop.value()));
        if (rows.isEmpty()) {
            throw NotFoundException.of("merchant", shop);
        }
        if (featured == current.featuredShops().contains(shop)) {
            return Written.nothing(current);
        }
        List<MerchantId> wanted = new ArrayList<>(current.featuredShops());
        if (featured) {
            if (!rows.get(0).status().equals(MerchantStatus.LIVE.name())) {
                throw new ConflictException("shop_not_live", "only a live shop can be featured on the home page; shop " + shop + " is "
                        + rows.get(0).status());
            }
            if (wanted.size() >= TerritorySettings.MAX_FEATURED_SHOPS) {
                throw new ConflictException("featured_shops_full", "the home page features " + TerritorySettings.MAX_FEATURED_SHOPS
                        + " shops at most: stop featuring one first");
            }
            wanted.add(shop);
        }
        else {
            wanted.remove(shop);
        }
        return write(handle, current, current.withFeaturedShops(wanted), actor);
    }

    /** After the commit of a change made by {@link #feature}, or by a save: this node forgets it, its followers catch up. */
    public void committed(Written written) {
        if (!written.changed()) {
            return;
        }
        cache.forget(KEY);
        written.shops().forEach(shop -> featuringWatchers.forEach(watcher -> watcher.accept(shop)));
        commits.committed();
    }

    public List<SettingChange> history(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return jdbi.withExtension(SettingsDao.class, dao -> dao.history(limit, offset)).stream()
                .map(row -> new SettingChange(row.id(), row.version(), row.field(), Optional.ofNullable(row.oldValue()),
                        Optional.ofNullable(row.newValue()), Actor.parse(row.actor()), row.changedAt()))
                .toList();
    }

    public int historySize() {
        return jdbi.withExtension(SettingsDao.class, SettingsDao::historySize);
    }

    /**
     * What a change wrote: the settings as saved, the shops that started or stopped being featured, and whether anything
     * changed at all.
     */
    public record Written(TerritorySettings settings, Set<Long> shops, boolean changed) {
        public Written {
            requireNonNull(settings, "settings is null");
            shops = Set.copyOf(shops);
        }

        static Written nothing(TerritorySettings settings) {
            return new Written(settings, Set.of(), false);
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    private Written write(Handle handle, TerritorySettings current, TerritorySettings wanted, Actor actor) {
        SettingsDao dao = Daos.of(handle, SettingsDao.class);
        Instant now = clock.instant();
        Map<String, String> before = current.fields();
        Map<String, String> after = wanted.fields();
        Set<String> changed = new TreeSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(name -> Objects.equals(before.get(name), after.get(name)));
        Set<Long> flipped = new HashSet<>();
        for (String name : changed) {
            if (name.equals(TerritorySettings.FEATURED_SHOPS)) {
                flipped.addAll(writeFeatured(dao, current.featuredShops(), wanted.featuredShops(), now));
            }
            else {
                dao.deleteField(name);
                if (after.containsKey(name)) {
                    dao.insertField(name, after.get(name));
                }
            }
        }
        long version = current.version() + 1;
        dao.setVersion(version, now, actor.toString());
        List<String> fields = List.copyOf(changed);
        dao.record(version, fields, fields.stream().map(before::get).toList(), fields.stream().map(after::get).toList(), actor.toString(), now);
        List<PendingEvent> published = new ArrayList<>();
        published.add(Settings.CHANGED.event(Settings.AGGREGATE_ID,
                Map.of(Settings.VERSION, Long.toString(version), Settings.FIELDS, String.join(",", fields)), actor));
        flipped.stream().sorted().forEach(shop -> published.add(Merchants.FEATURED_CHANGED.event(Long.toString(shop),
                Map.of(Merchants.FEATURED, Boolean.toString(wanted.featuredShops().contains(new MerchantId(shop)))), actor)));
        events.publishAll(handle, published);
        return new Written(new TerritorySettings(version, wanted.homeTexts(), wanted.featuredShops(), wanted.contact()), flipped, true);
    }

    /** Puts the wanted shops in their positions; answers the shops that started or stopped being featured. */
    private static Set<Long> writeFeatured(SettingsDao dao, List<MerchantId> current, List<MerchantId> wanted, Instant now) {
        Set<Long> flipped = new HashSet<>();
        for (MerchantId shop : current) {
            if (!wanted.contains(shop)) {
                dao.unfeature(shop.value(), now);
                flipped.add(shop.value());
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            dao.feature(wanted.get(i).value(), i + 1, now);
            if (!current.contains(wanted.get(i))) {
                flipped.add(wanted.get(i).value());
            }
        }
        return flipped;
    }

    /**
     * A list of featured shops a save may make: at most the maximum, no shop twice, every shop known, and each shop added
     * live (a shop featured before and suspended since may stay: pages skip it until it is live again).
     */
    private static void checkFeatured(SettingsDao dao, List<MerchantId> current, List<MerchantId> wanted) {
        if (wanted.size() > TerritorySettings.MAX_FEATURED_SHOPS) {
            throw new InvalidInputException(TerritorySettings.FEATURED_SHOPS, "too_many_shops", "the home page features "
                    + TerritorySettings.MAX_FEATURED_SHOPS + " shops at most, got " + wanted.size());
        }
        Map<Long, String> statuses = new HashMap<>();
        if (!wanted.isEmpty()) {
            dao.shops(wanted.stream().map(MerchantId::value).distinct().toList()).forEach(row -> statuses.put(row.id(), row.status()));
        }
        Set<MerchantId> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            MerchantId shop = wanted.get(i);
            String field = TerritorySettings.FEATURED_SHOPS + "[" + i + "]";
            if (!seen.add(shop)) {
                throw new InvalidInputException(field, "duplicate_shop", "shop " + shop + " is featured twice");
            }
            String status = statuses.get(shop.value());
            if (status == null) {
                throw new InvalidInputException(field, "unknown_shop", "there is no shop " + shop);
            }
            if (!current.contains(shop) && !status.equals(MerchantStatus.LIVE.name())) {
                throw new InvalidInputException(field, "shop_not_live", "only a live shop can be featured; shop " + shop + " is " + status);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The settings as of one version: read again if a save committed between the reads. */
    private static TerritorySettings readConsistent(Handle handle) {
        SettingsDao dao = Daos.of(handle, SettingsDao.class);
        while (true) {
            long version = dao.version();
            TerritorySettings settings = read(dao, version);
            if (dao.version() == version) {
                return settings;
            }
        }
    }

    private static TerritorySettings read(SettingsDao dao, long version) {
        Map<String, Map<String, String>> home = new HashMap<>();
        Map<String, String> contact = new HashMap<>();
        for (SettingsDao.FieldRow row : dao.fields()) {
            String[] parts = row.name().split("\\.");
            if (parts.length == 3 && parts[0].equals("home")) {
                home.computeIfAbsent(parts[1], language -> new HashMap<>()).put(parts[2], row.settingValue());
            }
            else if (parts.length == 2 && parts[0].equals("contact")) {
                contact.put(parts[1], row.settingValue());
            }
        }
        Map<String, HomeTexts> texts = new HashMap<>();
        home.forEach((language, values) -> texts.put(language, new HomeTexts(Optional.ofNullable(values.get("heroTitle")),
                Optional.ofNullable(values.get("heroLead")), Optional.ofNullable(values.get("announcement")),
                Optional.ofNullable(values.get("announcementLink")))));
        List<MerchantId> featured = dao.featuredShops().stream().map(MerchantId::new).toList();
        return new TerritorySettings(version, texts, featured, new TerritoryContact(Optional.ofNullable(contact.get("email")),
                Optional.ofNullable(contact.get("phone")), Optional.ofNullable(contact.get("address"))));
    }
}
