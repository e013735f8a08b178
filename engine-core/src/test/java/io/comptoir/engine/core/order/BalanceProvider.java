package io.comptoir.engine.core.order;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.PaymentRefusal;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.TenderCapacity;
import io.comptoir.engine.api.payment.TenderRequest;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test provider with stored balances (a gift card): holds on authorisation, gives back on release and refund, only
 * at eligible shops; it keeps the books a real provider keeps, so tests can check no money is left held.
 */
final class BalanceProvider implements PaymentProvider {
    static final String ID = "test-balance";

    private final Map<String, Long> balances = new ConcurrentHashMap<>();
    private final Map<String, Set<MerchantId>> eligible = new ConcurrentHashMap<>();
    private final Map<String, Long> held = new ConcurrentHashMap<>();
    private final Map<String, Long> captured = new ConcurrentHashMap<>();
    private final Map<String, ProviderResult> answered = new ConcurrentHashMap<>();
    /** Shops this provider declines whatever the card ({@link #refusal}), as a programme's outsiders. */
    final Set<MerchantId> outsiders = ConcurrentHashMap.newKeySet();
    volatile boolean declineAuthorisations;
    /** Set: the next authorisation is granted, then the caller "crashes" before it hears the answer. */
    volatile boolean crashAfterAuthorising;
    private int refusedReleases;

    /** What a process killed mid-call leaves: the provider acted, its caller never learnt the answer. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("the process died before recording the provider's answer");
        }
    }

    void card(String code, long balance, Set<MerchantId> shops) {
        balances.put(code, balance);
        eligible.put(code, shops);
    }

    long balance(String code) {
        return balances.get(code);
    }

    /** Held but neither captured nor released, over all cards. */
    long outstandingHolds() {
        return held.values().stream().mapToLong(Long::longValue).sum();
    }

    long capturedTotal() {
        return captured.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<PaymentRefusal> refusal(MerchantId merchant) {
        return outsiders.contains(merchant) ? Optional.of(new PaymentRefusal("not_a_member", "la boutique n’est pas du réseau des cartes cadeaux"))
                : Optional.empty();
    }

    @Override
    public TenderCapacity capacity(TenderRequest tender, Map<MerchantId, Money> dueByMerchant) {
        String code = tender.details().get("code");
        if (code == null || !balances.containsKey(code)) {
            throw new InvalidInputException("code", "unknown_code", "unknown card");
        }
        return new TenderCapacity(eligible.get(code), Optional.of(Money.euros(balances.get(code))), "Carte cadeau " + code);
    }

    @Override
    public synchronized ProviderResult authorise(Authorisation request) {
        ProviderResult result = grant(request);
        if (crashAfterAuthorising) {
            crashAfterAuthorising = false;
            throw new SimulatedCrash();
        }
        return result;
    }

    /** From its books, by the authorisation's key. */
    @Override
    public synchronized AuthorisationStatus authorisationStatus(AuthorisationQuery query) {
        Optional<Map.Entry<String, Long>> hold = held.entrySet().stream().filter(entry -> entry.getKey().endsWith("|" + query.idempotencyKey()))
                .findFirst();
        if (hold.isPresent()) {
            return AuthorisationStatus.of(hold.get().getValue() > 0 ? AuthorisationStatus.State.AUTHORISED : AuthorisationStatus.State.CLOSED,
                    hold.get().getKey());
        }
        ProviderResult answer = answered.get(query.idempotencyKey());
        return answer == null ? AuthorisationStatus.notFound() : new AuthorisationStatus(AuthorisationStatus.State.DECLINED, "", answer.message());
    }

    private ProviderResult grant(Authorisation request) {
        return answered.computeIfAbsent(request.idempotencyKey(), key -> {
            String code = request.details().get("code");
            long amount = request.amount().minorUnits();
            if (declineAuthorisations || balances.get(code) < amount) {
                return ProviderResult.declined("", "solde insuffisant");
            }
            balances.merge(code, -amount, Long::sum);
            held.merge(code + "|" + request.idempotencyKey(), amount, Long::sum);
            return ProviderResult.approved(code + "|" + request.idempotencyKey());
        });
    }

    @Override
    public synchronized ProviderResult capture(PaymentOperation operation) {
        return answered.computeIfAbsent(operation.idempotencyKey(), key -> {
            long amount = operation.amount().minorUnits();
            held.merge(operation.providerReference(), -amount, Long::sum);
            captured.merge(operation.providerReference(), amount, Long::sum);
            return ProviderResult.approved(operation.providerReference());
        });
    }

    /** Refuses the next {@code count} releases, as a provider out of reach would (not remembered under their keys). */
    void refuseReleases(int count) {
        refusedReleases = count;
    }

    @Override
    public synchronized ProviderResult release(PaymentOperation operation) {
        if (refusedReleases > 0) {
            refusedReleases--;
            return ProviderResult.declined(operation.providerReference(), "service indisponible");
        }
        return answered.computeIfAbsent(operation.idempotencyKey(), key -> {
            long amount = operation.amount().minorUnits();
            held.merge(operation.providerReference(), -amount, Long::sum);
            balances.merge(operation.providerReference().split("\\|")[0], amount, Long::sum);
            return ProviderResult.approved(operation.providerReference());
        });
    }

    @Override
    public synchronized ProviderResult refund(PaymentOperation operation) {
        return answered.computeIfAbsent(operation.idempotencyKey(), key -> {
            long amount = operation.amount().minorUnits();
            captured.merge(operation.providerReference(), -amount, Long::sum);
            balances.merge(operation.providerReference().split("\\|")[0], amount, Long::sum);
            return ProviderResult.approved(operation.providerReference());
        });
    }
}
