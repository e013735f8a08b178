package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EngineEvents.Merchants;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.ActivationDecision;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.Iban;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.engine.core.validation.Texts;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.core.territory.TerritoryDao;
import io.comptoir.engine.core.territory.TerritorySettingsStore;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.core.catalogue.CategoryDao;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Slugs;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;

/** The {@link MerchantDirectory} on the database. */
@Singleton
public final class MerchantService implements MerchantDirectory {
    private final Jdbi jdbi;
    private final Clock clock;
    private final OutboxEventPublisher events;
    private final ActivationPolicies policies;
    private final CommitSignal commits;
    private final TerritorySettingsStore settings;
    private final MerchantCache cache = new MerchantCache();

    @Inject
    public MerchantService(Jdbi jdbi, Clock clock, OutboxEventPublisher events, ActivationPolicies policies, CommitSignal commits,
                           TerritorySettingsStore settings) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.commits = requireNonNull(commits, "commits is null");
        this.settings = requireNonNull(settings, "settings is null");
        settings.onFeaturingChanged(cache::forget);
    }

    @Override
    public Merchant register(MerchantProfile profile, Actor actor) {
        return insert(profile, MerchantStatus.APPLICANT, false, actor, Merchants.REGISTERED);
    }

    @Override
    public Merchant importMerchant(MerchantProfile profile, MerchantStatus status, boolean featured, Actor actor) {
        return insert(profile, status, featured, actor, Merchants.IMPORTED);
    }

    private Merchant insert(MerchantProfile profile, MerchantStatus status, boolean featured, Actor actor, EventType eventType) {
        requireNonNull(profile, "profile is null");
        requireNonNull(status, "status is null");
        requireNonNull(actor, "actor is null");
        Featuring done = jdbi.inTransaction(handle -> {
            Merchant inserted = insert(handle, profile, status, actor, eventType);
            if (!featured) {
                return new Featuring(inserted, Optional.empty());
            }
            TerritorySettingsStore.Written written = settings.feature(handle, inserted.id(), true, actor);
            return new Featuring(load(handle, inserted.id().value()).orElseThrow(), Optional.of(written));
        });
        done.written().ifPresent(settings::committed);
        committed(List.of(done.merchant().id()));
        return done.merchant();
    }

    /**
     * Stores a new shop, not featured, in the caller's transaction (an import of many); the caller calls
     * {@link #committed} after the commit.
     */
    public Merchant insert(Handle handle, MerchantProfile profile, MerchantStatus status, Actor actor, EventType eventType) {
        MerchantProfileValidator.validate(profile, handle);
        MerchantDao dao = Daos.of(handle, MerchantDao.class);
        Instant now = clock.instant();
        String slug = uniqueSlug(dao, profile.name());
        long id = dao.insert(slug, profile.name().strip(), profile.legalId(), profile.trade().strip(),
                profile.description().strip(), profile.address().street().strip(), profile.address().postalCode(),
                profile.address().communeInsee(), profile.contact().email(), profile.contact().phone(),
                profile.contact().website(), profile.openingHours().toText(), status.name(),
                profile.photo().map(Image::assetKey).orElse(null), profile.photo().map(Image::altText).orElse(null), now);
        saveCategories(dao, id, profile.categories());
        events.publish(handle, event(eventType, id, Map.of(Merchants.STATUS, status.name()), actor));
        return load(handle, id).orElseThrow();
    }

    /** After the commit of writes made in a caller's transaction: this node forgets them and its followers catch up. */
    public void committed(List<MerchantId> written) {
        written.forEach(id -> cache.forget(id.value()));
        commits.committed();
    }

    /** Checks a profile as a write would, in the caller's transaction; throws the write's {@code InvalidInputException}. */
    public void check(Handle handle, MerchantProfile profile) {
        MerchantProfileValidator.validate(requireNonNull(profile, "profile is null"), handle);
    }

    private static String uniqueSlug(MerchantDao dao, String name) {
        String base = Slugs.slugify(name);
        Set<String> taken = new HashSet<>(dao.slugsLike(base, base + "-%"));
        if (!taken.contains(base)) {
            return base;
        }
        return IntStream.iterate(2, i -> i + 1).mapToObj(i -> base + "-" + i).filter(slug -> !taken.contains(slug)).findFirst().orElseThrow();
    }

    private static void saveCategories(MerchantDao dao, long merchantId, List<CategoryId> categories) {
        dao.clearCategories(merchantId);
        if (!categories.isEmpty()) {
            dao.insertCategories(merchantId, categories.stream().map(CategoryId::value).toList(),
                    IntStream.range(0, categories.size()).boxed().toList());
        }
    }

    @Override
    public Optional<Merchant> merchant(MerchantId id) {
        requireNonNull(id, "id is null");
        return cache.merchant(id.value(), () -> jdbi.withHandle(handle -> load(handle, id.value())));
    }

    @Override
    public Optional<Merchant> merchantBySlug(String slug) {
        requireNonNull(slug, "slug is null");
        return cache.merchantBySlug(slug, () -> jdbi.withHandle(handle -> Daos.of(handle, MerchantReads.class).findBySlug(slug)
                .map(row -> withCategories(handle, List.of(row)).get(0))), id -> jdbi.withHandle(handle -> load(handle, id)));
    }

    @Override
    public List<Merchant> find(MerchantFilter filter) {
        requireNonNull(filter, "filter is null");
        return jdbi.withHandle(handle -> {
            Collection<Long> categories = categoryFilter(handle, filter);
            List<MerchantRow> rows = Daos.of(handle, MerchantDao.class).find(statuses(filter), filter.communeInsee().orElse(null),
                    filter.featuredOnly(), filter.category().isPresent(), categories, filter.limit(), filter.offset());
            return withCategories(handle, rows);
        });
    }

    @Override
    public int count(MerchantFilter filter) {
        requireNonNull(filter, "filter is null");
        return jdbi.withHandle(handle -> Daos.of(handle, MerchantDao.class).count(statuses(filter), filter.communeInsee().orElse(null),
                filter.featuredOnly(), filter.category().isPresent(), categoryFilter(handle, filter)));
    }

    private static List<String> statuses(MerchantFilter filter) {
        return filter.statuses().stream().map(Enum::name).sorted().toList();
    }

    private static Collection<Long> categoryFilter(Handle handle, MerchantFilter filter) {
        return filter.category().map(category -> Daos.of(handle, CategoryDao.class).subtreeIds(category.value())).orElse(List.of());
    }

    @Override
    public Map<MerchantStatus, Integer> countByStatus() {
        Map<MerchantStatus, Integer> counts = new EnumMap<>(MerchantStatus.class);
        for (MerchantStatus status : MerchantStatus.values()) {
            counts.put(status, 0);
        }
        jdbi.withExtension(MerchantDao.class, MerchantDao::countByStatus)
                .forEach(row -> counts.put(MerchantStatus.valueOf(row.status()), row.count()));
        return counts;
    }

    @Override
    public Merchant updateProfile(MerchantId id, MerchantProfile profile, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(actor, "actor is null");
        Merchant merchant = jdbi.inTransaction(handle -> updateProfile(handle, id, profile, actor));
        committed(List.of(id));
        return merchant;
    }

    /** Changes a shop's profile in the caller's transaction (an import of many); see {@link #committed}. */
    public Merchant updateProfile(Handle handle, MerchantId id, MerchantProfile profile, Actor actor) {
        MerchantDao dao = Daos.of(handle, MerchantDao.class);
        dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("merchant", id));
        MerchantProfileValidator.validate(profile, handle);
        dao.updateProfile(id.value(), profile.name().strip(), profile.legalId(), profile.trade().strip(),
                profile.description().strip(), profile.address().street().strip(), profile.address().postalCode(),
                profile.address().communeInsee(), profile.contact().email(), profile.contact().phone(),
                profile.contact().website(), profile.openingHours().toText(),
                profile.photo().map(Image::assetKey).orElse(null), profile.photo().map(Image::altText).orElse(null),
                clock.instant());
        saveCategories(dao, id.value(), profile.categories());
        events.publish(handle, event(Merchants.PROFILE_UPDATED, id.value(), Map.of(), actor));
        return load(handle, id.value()).orElseThrow();
    }

    @Override
    public Merchant setFeatured(MerchantId id, boolean featured, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(actor, "actor is null");
        Featuring done = jdbi.inTransaction(handle -> {
            TerritorySettingsStore.Written written = settings.feature(handle, id, featured, actor);
            return new Featuring(load(handle, id.value()).orElseThrow(), Optional.of(written));
        });
        done.written().ifPresent(settings::committed);
        cache.forget(id.value());
        return done.merchant();
    }

    @Override
    public Merchant changeStatus(MerchantId id, MerchantStatus target, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(target, "target is null");
        requireNonNull(actor, "actor is null");
        // The policies read other tables (a plugin's checklist) with connections of their own: ask them before taking this
        // merchant's lock, so a go-live never holds one connection while waiting for another.
        Merchant before = require(id);
        ActivationDecision decision = target.requiresActivation() && before.status().canMoveTo(target)
                ? policies.evaluate(before) : ActivationDecision.allowed();
        Merchant merchant = jdbi.inTransaction(handle -> {
            MerchantDao dao = Daos.of(handle, MerchantDao.class);
            MerchantRow row = dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("merchant", id));
            Merchant current = withCategories(handle, List.of(row)).get(0);
            if (current.status() == target) {
                return current;
            }
            if (!current.status().canMoveTo(target)) {
                throw new ConflictException("illegal_status_transition",
                        "a " + current.status() + " merchant cannot become " + target + " (allowed: " + current.status().next() + ")");
            }
            if (current.status() != before.status()) {
                throw new ConflictException("concurrent_status_change", "the shop's status changed meanwhile: try again");
            }
            if (!decision.isAllowed()) {
                throw new ConflictException("activation_refused",
                        current.name() + " cannot go live yet: " + String.join("; ", decision.blockingItems()),
                        decision.blockingItems());
            }
            dao.changeStatus(id.value(), current.status().name(), target.name(), clock.instant());
            events.publish(handle, event(Merchants.STATUS_CHANGED, id.value(),
                    Map.of(Merchants.FROM, current.status().name(), Merchants.TO, target.name()), actor));
            return load(handle, id.value()).orElseThrow();
        });
        cache.forget(id.value());
        commits.committed();
        return merchant;
    }

    /** A shop written with its featuring, which the settings store is told of after the commit. */
    private record Featuring(Merchant merchant, Optional<TerritorySettingsStore.Written> written) {
    }

    /** What must hear of every merchant change, from any node, to keep the shops read here up to date. */
    public ChangeFeedListener changeFeedListener() {
        return cache;
    }

    @Override
    public ActivationDecision activationDecision(MerchantId id) {
        return policies.evaluate(require(id));
    }

    private static Optional<Merchant> load(Handle handle, long id) {
        return Daos.of(handle, MerchantReads.class).find(id).map(row -> withCategories(handle, List.of(row)).get(0));
    }

    private static List<Merchant> withCategories(Handle handle, List<MerchantRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CategoryId>> categories = new LinkedHashMap<>();
        Daos.of(handle, MerchantReads.class).categoriesOf(rows.stream().map(MerchantRow::id).toList())
                .forEach(row -> categories.computeIfAbsent(row.merchantId(), k -> new ArrayList<>()).add(new CategoryId(row.categoryId())));
        return rows.stream().map(row -> row.toMerchant(categories.getOrDefault(row.id(), List.of()))).toList();
    }

    private static PendingEvent event(EventType type, long merchantId, Map<String, String> data, Actor actor) {
        return type.event(Long.toString(merchantId), data, actor);
    }

    @Override
    public FulfilmentOptions fulfilment(MerchantId id) {
        requireNonNull(id, "id is null");
        require(id);
        return cache.fulfilment(id.value(), () -> jdbi.withHandle(handle -> loadFulfilment(handle, id.value())));
    }

    static FulfilmentOptions loadFulfilment(Handle handle, long merchantId) {
        FulfilmentDao dao = Daos.of(handle, FulfilmentDao.class);
        return dao.find(merchantId).map(row -> {
            Currency currency = Currency.getInstance(row.currency());
            Optional<LocalDelivery> delivery = row.delivers()
                    ? Optional.of(new LocalDelivery(new Money(row.deliveryFee(), currency), Set.copyOf(dao.deliveryCommunes(merchantId)),
                    Optional.ofNullable(row.freeFrom()).map(cents -> new Money(cents, currency))))
                    : Optional.empty();
            return new FulfilmentOptions(row.clickAndCollect(), delivery);
        }).orElse(FulfilmentOptions.CLICK_AND_COLLECT_ONLY);
    }

    @Override
    public FulfilmentOptions updateFulfilment(MerchantId id, FulfilmentOptions options, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(options, "options is null");
        requireNonNull(actor, "actor is null");
        FulfilmentOptions saved = jdbi.inTransaction(handle -> {
            Daos.of(handle, MerchantDao.class).lock(id.value()).orElseThrow(() -> NotFoundException.of("merchant", id));
            TerritoryDao territory = Daos.of(handle, TerritoryDao.class);
            options.delivery().ifPresent(delivery -> {
                for (String commune : delivery.communes()) {
                    if (territory.commune(commune).isEmpty()) {
                        throw new InvalidInputException("communes", "invalid_communes", "no commune " + commune + " in the territory");
                    }
                }
                if (delivery.fee().minorUnits() > 100_000 || delivery.freeFrom().map(Money::isNegative).orElse(false)) {
                    throw InvalidInputException.invalid("deliveryFee", "a delivery fee is between 0 and 1 000");
                }
            });
            FulfilmentDao dao = Daos.of(handle, FulfilmentDao.class);
            dao.clearCommunes(id.value());
            dao.clear(id.value());
            LocalDelivery delivery = options.delivery().orElse(null);
            dao.insert(id.value(), options.clickAndCollect(), delivery != null, delivery == null ? 0 : delivery.fee().minorUnits(),
                    delivery == null ? null : delivery.freeFrom().map(Money::minorUnits).orElse(null),
                    delivery == null ? Money.EUR.getCurrencyCode() : delivery.fee().currency().getCurrencyCode());
            if (delivery != null) {
                dao.insertCommunes(id.value(), delivery.communes().stream().sorted().toList());
            }
            events.publish(handle, event(Merchants.FULFILMENT_CHANGED, id.value(), Map.of(), actor));
            return loadFulfilment(handle, id.value());
        });
        cache.forget(id.value());
        commits.committed();
        return saved;
    }

    @Override
    public Optional<BankAccount> payoutAccount(MerchantId id) {
        requireNonNull(id, "id is null");
        return jdbi.withExtension(PayoutDao.class, dao -> dao.find(id.value()))
                .map(row -> new BankAccount(row.holder(), row.iban(), row.bic()));
    }

    @Override
    public BankAccount updatePayoutAccount(MerchantId id, BankAccount account, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(account, "account is null");
        requireNonNull(actor, "actor is null");
        Texts.require("holder", account.holder(), 1, 140);
        if (!Iban.isValid(account.iban())) {
            throw new InvalidInputException("iban", "invalid_iban", "not a valid IBAN (its check digits do not match)");
        }
        if (!account.bic().isEmpty() && !account.bic().matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new InvalidInputException("bic", "invalid_bic", "a BIC has 8 or 11 letters and digits");
        }
        BankAccount saved = jdbi.inTransaction(handle -> {
            Daos.of(handle, MerchantDao.class).lock(id.value()).orElseThrow(() -> NotFoundException.of("merchant", id));
            PayoutDao dao = Daos.of(handle, PayoutDao.class);
            dao.delete(id.value());
            dao.insert(id.value(), account.holder().strip(), account.iban(), account.bic(), clock.instant());
            events.publish(handle, event(Merchants.PAYOUT_ACCOUNT_CHANGED, id.value(), Map.of(), actor));
            return new BankAccount(account.holder().strip(), account.iban(), account.bic());
        });
        cache.forget(id.value());
        commits.committed();
        return saved;
    }
}
