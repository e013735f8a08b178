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

    public void setState(Handle handle, long paymentId, String state, String reference, String reason) {
        Daos.of(handle, PaymentDao.class).setState(paymentId, state, reference, reason == null ? null : truncate(reason), clock.instant());
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
