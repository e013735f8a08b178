package io.comptoir.engine.core.payment;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EngineEvents.Merchants;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.payment.PaymentOption;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentRefusal;
import io.comptoir.engine.api.payment.ShopPaymentMethod;
import io.comptoir.engine.api.payment.ShopRefusal;
import io.comptoir.engine.core.cache.AggregateCache;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The ways to pay each shop accepts, and the engine's one answer to which shops refuse which way to pay and why: a shop's
 * own refusals, chosen by its staff, then its provider's ({@link PaymentProvider#refusal}). A shop refuses nothing until
 * its staff say so, so every shop accepts every way to pay the marketplace runs, including one added later.
 *
 * <p>A shop's refusals are kept in memory like the shops themselves (see {@link AggregateCache}): the checkout asks for every
 * shop of every basket. A change locks the shop's row, so two staff saving at once leave one choice or the other, never a
 * mix of both (which could refuse everything).
 */
@Singleton
public final class MethodAcceptance {
    private static final int MAX_CACHED_SHOPS = 20_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final PaymentProviders providers;
    private final MerchantDirectory merchants;
    private final OutboxEventPublisher events;
    private final CommitSignal commits;
    private final AggregateCache<Set<String>> refused = new AggregateCache<>("merchant", MAX_CACHED_SHOPS);

    @Inject
    public MethodAcceptance(Jdbi jdbi, Clock clock, PaymentProviders providers, MerchantDirectory merchants, OutboxEventPublisher events,
                            CommitSignal commits) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.providers = requireNonNull(providers, "providers is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.events = requireNonNull(events, "events is null");
        this.commits = requireNonNull(commits, "commits is null");
    }

    /** What must hear of every shop change, from any node, to keep the refusals read here up to date. */
    public ChangeFeedListener changeFeedListener() {
        return refused;
    }

    public List<ShopPaymentMethod> methodsOf(MerchantId merchant) {
        requireNonNull(merchant, "merchant is null");
        merchants.require(merchant);
        Set<String> refusedByShop = refusedBy(merchant);
        return providers.all().stream().map(provider -> new ShopPaymentMethod(provider.id(), provider.displayName(),
                !refusedByShop.contains(provider.id()), provider.refusal(merchant))).toList();
    }

    public List<ShopPaymentMethod> accept(MerchantId merchant, Set<String> methods, Actor actor) {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(methods, "methods is null");
        requireNonNull(actor, "actor is null");
        List<String> running = providers.all().stream().map(PaymentProvider::id).toList();
        for (String method : methods) {
            if (!running.contains(method)) {
                throw new InvalidInputException("methods", "invalid_methods", "'" + method + "' is not a way to pay of this marketplace, "
                        + "which offers " + String.join(", ", running));
            }
        }
        if (methods.isEmpty()) {
            throw new InvalidInputException("methods", "no_payment_method", "a shop accepts at least one way to pay");
        }
        List<String> accepted = running.stream().filter(methods::contains).toList();
        List<String> refusing = running.stream().filter(method -> !methods.contains(method)).toList();
        jdbi.useTransaction(handle -> {
            AcceptanceDao dao = Daos.of(handle, AcceptanceDao.class);
            dao.lockMerchant(merchant.value()).orElseThrow(() -> NotFoundException.of("merchant", merchant));
            dao.forget(merchant.value(), running);
            if (!refusing.isEmpty()) {
                dao.refuse(merchant.value(), refusing, clock.instant());
            }
            events.publish(handle, Merchants.PAYMENT_METHODS_CHANGED.event(Long.toString(merchant.value()),
                    Map.of(Merchants.ACCEPTED, String.join(",", accepted), Merchants.REFUSED, String.join(",", refusing)), actor));
        });
        refused.forget(merchant.value());
        commits.committed();
        return methodsOf(merchant);
    }

    public List<PaymentOption> options(List<MerchantId> shops) {
        requireNonNull(shops, "shops is null");
        List<PaymentOption> options = new ArrayList<>();
        for (PaymentProvider provider : providers.all()) {
            List<ShopRefusal> refusals = new ArrayList<>();
            refusals(provider, shops).forEach((shop, refusal) -> refusals.add(new ShopRefusal(shop, merchants.require(shop).name(), refusal)));
            options.add(new PaymentOption(provider.id(), provider.displayName(), refusals));
        }
        return options;
    }

    /** The shops among {@code shops} that refuse the provider's way to pay, and why, in the order given. */
    public Map<MerchantId, PaymentRefusal> refusals(PaymentProvider provider, Collection<MerchantId> shops) {
        requireNonNull(provider, "provider is null");
        Map<MerchantId, PaymentRefusal> refusals = new LinkedHashMap<>();
        for (MerchantId shop : shops) {
            refusal(provider, shop).ifPresent(refusal -> refusals.put(shop, refusal));
        }
        return refusals;
    }

    /** Why the way to pay cannot pay the shop, if it cannot: the shop's own choice first, then its provider's. */
    private Optional<PaymentRefusal> refusal(PaymentProvider provider, MerchantId shop) {
        if (refusedBy(shop).contains(provider.id())) {
            return Optional.of(new PaymentRefusal(PaymentRefusal.REFUSED_BY_SHOP, "la boutique n’accepte pas ce moyen de paiement ("
                    + provider.displayName() + ")"));
        }
        return provider.refusal(shop);
    }

    private Set<String> refusedBy(MerchantId merchant) {
        return refused.get(merchant.value(), () -> Optional.of(Set.copyOf(jdbi.withExtension(AcceptanceDao.class,
                dao -> dao.refusedBy(merchant.value()))))).orElseThrow();
    }
}
