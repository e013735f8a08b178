package io.comptoir.engine.core.payment;

import io.comptoir.engine.api.payment.PaymentTransaction;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.time.Clock;

import static java.util.Objects.requireNonNull;

/** Writes what happened to tenders: the audit trail, base states, and guarded amount movements. */
@Singleton
public final class PaymentBook {
    private final Clock clock;

    @Inject
    public PaymentBook(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    public void record(Handle handle, long paymentId, PaymentTransaction.Kind kind, long amount, String key, ProviderResult result) {
        Daos.of(handle, PaymentDao.class).insertTransaction(paymentId, kind.name(), amount, key, result.outcome().name(),
                truncate(result.message()), clock.instant());
    }

    /**
     * Records a provider's answer about a tender's authorisation (its answer to the checkout, a webhook, a status query) and
     * settles the tender if it is still pending. An answer that comes after another one authorised the tender (a webhook may
     * come before the checkout hears the provider's own answer) is recorded and changes nothing. Returns false when the tender
     * is out of play: the engine had given it or its order up (a reconciliation, the payment timeout) or a refusal came
     * first, and an authorisation granted since is marked for release ({@link #markForVoid}).
     */
    public boolean answer(Handle handle, long paymentId, PaymentTransaction.Kind kind, long amount, String key, ProviderResult result) {
        record(handle, paymentId, kind, amount, key, result);
        if (settle(handle, paymentId, result)) {
            return true;
        }
        if (Daos.of(handle, PaymentDao.class).authorisedForLiveOrder(paymentId)) {
            return true;
        }
        if (result.outcome() != ProviderResult.Outcome.DECLINED) {
            markForVoid(handle, paymentId);
        }
        return false;
    }

    /**
     * Settles a tender still pending with its provider's answer (an approval authorises it, a refusal fails it, a pending
     * answer keeps its reference); false, changing nothing, when it was no longer pending.
     */
    public boolean settle(Handle handle, long paymentId, ProviderResult result) {
        String reference = result.providerReference().isEmpty() ? null : result.providerReference();
        String state = switch (result.outcome()) {
            case APPROVED -> "AUTHORISED";
            case PENDING -> "PENDING";
            case DECLINED -> "FAILED";
        };
        String reason = result.outcome() == ProviderResult.Outcome.DECLINED ? truncate(result.message().isEmpty() ? "declined" : result.message())
                : null;
        return Daos.of(handle, PaymentDao.class).settlePending(paymentId, state, reference, reason, clock.instant()) == 1;
    }

    /**
     * Gives up a tender of an order that failed: a pending one fails, and in any case its provider is asked later whether it
     * holds money for it (an answer may still come, or may have come a moment ago), which is then released.
     */
    public void giveUp(Handle handle, long paymentId, String reason) {
        Daos.of(handle, PaymentDao.class).settlePending(paymentId, "FAILED", null, truncate(reason), clock.instant());
        markForVoid(handle, paymentId);
    }

    /** Marks a tender whose provider may hold money the order will never take, for the reconciliation to release. */
    public void markForVoid(Handle handle, long paymentId) {
        Daos.of(handle, PaymentDao.class).voidCheck(paymentId, true, clock.instant());
    }

    /**
     * Moves money on one shop's share of a tender and on the tender itself. Both updates are guarded by the invariants
     * (never capture or release beyond the amount, never refund beyond the capture); a refused movement is a bug.
     */
    public void move(Handle handle, long paymentId, long merchantOrderId, long captured, long released, long refunded) {
        PaymentDao dao = Daos.of(handle, PaymentDao.class);
        if (dao.moveShare(paymentId, merchantOrderId, captured, released, refunded) != 1
                || dao.movePayment(paymentId, captured, released, refunded, clock.instant()) != 1) {
            throw new IllegalStateException("payment " + paymentId + " cannot move captured " + captured + ", released " + released
                    + ", refunded " + refunded + " for merchant order " + merchantOrderId);
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
