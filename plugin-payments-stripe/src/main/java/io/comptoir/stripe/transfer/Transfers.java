package io.comptoir.stripe.transfer;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.stripe.api.MovementKind;
import io.comptoir.stripe.book.MovementRow;
import io.comptoir.stripe.book.PartRow;
import io.comptoir.stripe.book.PaymentDao;
import io.comptoir.stripe.book.PaymentRow;
import io.comptoir.stripe.connect.ConnectService;
import io.comptoir.stripe.gateway.StripeFailure;
import io.comptoir.stripe.gateway.StripeGateway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Pays each shop its due on its connected account: once its order was collected, delivered or ended by a refund, and once
 * its share was captured, the shop is owed what it keeps of the capture (captured minus refunded) less the territory's
 * commission on it (booked with the capture and the refunds). {@link #reconcile} brings what was transferred to exactly that — a transfer when the shop is owed more, a
 * reversal of its transfers when a refund came after — so it can be called any number of times, from the order events,
 * after a capture or a refund, and by the periodic job that retries what failed. Transfers take their money from the
 * tender's own charge ({@code source_transaction}), so they never wait for the platform's balance to be available.
 */
public final class Transfers {
    private static final Logger log = LoggerFactory.getLogger(Transfers.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final StripeGateway gateway;
    private final ConnectService accounts;

    public Transfers(Jdbi jdbi, Clock clock, StripeGateway gateway, ConnectService accounts) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.gateway = requireNonNull(gateway, "gateway is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    /** Marks the shop's parts of the order as due to it (collected, delivered, or ended by a refund), then pays them. */
    public void fulfilled(long customerOrderId, long merchantId, long merchantOrderId) {
        List<PartRow> parts = jdbi.inTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            List<PartRow> found = dao.partsOfShopOrder(customerOrderId, merchantId);
            found.forEach(part -> dao.fulfilled(part.paymentId(), merchantId, merchantOrderId, clock.instant()));
            return found;
        });
        parts.forEach(part -> reconcile(part.paymentId(), merchantId));
    }

    /** Reconciles every part of the tender (after its capture). */
    public void reconcileAll(long paymentId) {
        jdbi.withExtension(PaymentDao.class, dao -> dao.parts(paymentId)).forEach(part -> reconcile(paymentId, part.merchantId()));
    }

    /** Retries every part whose shop is not paid exactly its due; returns how many were looked at. */
    public int reconcileDue() {
        List<PartRow> due = jdbi.withExtension(PaymentDao.class, PaymentDao::transfersDue);
        due.forEach(part -> reconcile(part.paymentId(), part.merchantId()));
        return due.size();
    }

    /**
     * Transfers to the shop, or reverses from it, the difference between its due and what it was paid. Stripe's refusal
     * (an account not able to receive transfers yet) is kept on the part for the reports and tried again later.
     *
     * @return whether the shop is now paid exactly its due
     */
    public boolean reconcile(long paymentId, long merchantId) {
        return jdbi.inTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            PaymentRow payment = dao.payment(paymentId).orElseThrow();
            Optional<PartRow> locked = dao.lockPart(paymentId, merchantId);
            if (locked.isEmpty() || !locked.get().fulfilled() || payment.chargeId() == null) {
                return true;
            }
            PartRow part = locked.get();
            long due = part.net() - part.commission();
            if (due == part.transferred()) {
                if (part.transferError() != null) {
                    dao.paid(paymentId, merchantId, part.transferred(), clock.instant());
                }
                return true;
            }
            try {
                if (due > part.transferred()) {
                    transfer(handle, payment, part, due);
                }
                else {
                    reverse(handle, payment, part, due);
                }
                return true;
            }
            catch (StripeFailure e) {
                log.warn("Transfer of {} for shop {} of payment {} not done: {}", due, merchantId, paymentId, e.getMessage());
                dao.notPaid(paymentId, merchantId, transferred(dao.movementsOfPart(paymentId, merchantId)), truncate(e.getMessage()),
                        e.refused(), clock.instant());
                return false;
            }
        });
    }

    private void transfer(Handle handle, PaymentRow payment, PartRow part, long due) {
        PaymentDao dao = handle.attach(PaymentDao.class);
        MerchantId merchant = new MerchantId(part.merchantId());
        String destination = accounts.accountId(merchant)
                .orElseThrow(() -> new StripeFailure(true, "no_connected_account", "the shop has no Stripe account", null));
        long amount = due - part.transferred();
        String key = "transfer-" + payment.paymentId() + "-" + part.merchantId() + "-" + due + keySuffix(part);
        String transferId = gateway.transfer(amount, payment.currency().toLowerCase(Locale.ROOT), destination, payment.chargeId(),
                payment.orderNumber(), metadata(payment, part), key);
        if (dao.movementsWithKey(key) == 0) {
            dao.insertMovement(key, payment.paymentId(), part.merchantId(), MovementKind.TRANSFER.name(), amount, 0, transferId, null,
                    clock.instant());
        }
        dao.paid(payment.paymentId(), part.merchantId(), due, clock.instant());
    }

    /**
     * The keys of a part's transfers and reversals name the due they pay up to, so that a retry after a lost answer gets
     * Stripe's first answer back and never moves money twice; after Stripe refused one (its refusal stays the key's answer),
     * the next attempt takes the next key.
     */
    private static String keySuffix(PartRow part) {
        return part.transferRefusals() == 0 ? "" : "-" + part.transferRefusals();
    }

    /** Takes back what the shop was paid beyond its due, from its latest transfers first. */
    private void reverse(Handle handle, PaymentRow payment, PartRow part, long due) {
        PaymentDao dao = handle.attach(PaymentDao.class);
        long left = part.transferred() - due;
        List<MovementRow> movements = dao.movementsOfPart(payment.paymentId(), part.merchantId());
        List<MovementRow> transfers = new ArrayList<>(movements.stream().filter(m -> m.movementKind() == MovementKind.TRANSFER).toList());
        Collections.reverse(transfers);
        for (MovementRow transfer : transfers) {
            long reversed = movements.stream().filter(m -> m.movementKind() == MovementKind.REVERSAL && transfer.stripeId().equals(m.transferId()))
                    .mapToLong(MovementRow::amount).sum();
            long amount = Math.min(left, transfer.amount() - reversed);
            if (amount <= 0) {
                continue;
            }
            String key = "reversal-" + payment.paymentId() + "-" + part.merchantId() + "-" + due + "-" + transfer.stripeId() + keySuffix(part);
            String reversalId = gateway.reverse(transfer.stripeId(), amount, metadata(payment, part), key);
            if (dao.movementsWithKey(key) == 0) {
                dao.insertMovement(key, payment.paymentId(), part.merchantId(), MovementKind.REVERSAL.name(), amount, 0, reversalId,
                        transfer.stripeId(), clock.instant());
            }
            left -= amount;
            if (left == 0) {
                break;
            }
        }
        if (left > 0) {
            throw new IllegalStateException("payment " + payment.paymentId() + " paid shop " + part.merchantId() + " more than its transfers");
        }
        dao.paid(payment.paymentId(), part.merchantId(), due, clock.instant());
    }

    /** What the transfers and reversals recorded so far paid the shop (some may precede a failure). */
    private static long transferred(List<MovementRow> movements) {
        return movements.stream().mapToLong(movement -> switch (movement.movementKind()) {
            case TRANSFER -> movement.amount();
            case REVERSAL -> -movement.amount();
            default -> 0;
        }).sum();
    }

    private static String truncate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 500);
    }

    private static Map<String, String> metadata(PaymentRow payment, PartRow part) {
        return Map.of("comptoir_order", payment.orderNumber(), "comptoir_merchant", Long.toString(part.merchantId()),
                "comptoir_merchant_order", part.merchantOrderId() == null ? "" : part.merchantOrderId().toString());
    }
}
