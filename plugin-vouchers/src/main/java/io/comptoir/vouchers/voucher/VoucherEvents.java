package io.comptoir.vouchers.voucher;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.PendingEvent;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The plugin's domain events, written into the engine's outbox in the caller's transaction: they exist if and only if
 * the change commits, and the mails that follow them are sent at least once. Events never carry a voucher's code.
 */
public final class VoucherEvents {
    public static final String DELIVERED = "voucher.delivered";
    public static final String CREDIT_ISSUED = "voucher.credit_issued";
    public static final String REISSUED = "voucher.reissued";
    public static final String EXPIRY_REMINDER = "voucher.expiry_reminder";

    private final EventPublisher publisher;

    public VoucherEvents(EventPublisher publisher) {
        this.publisher = requireNonNull(publisher, "publisher is null");
    }

    /** The vouchers of a voucher shop order are paid and in the buyer's wallet. */
    public void delivered(Handle handle, long merchantOrderId, String email, Actor actor) {
        publish(handle, DELIVERED, "merchant_order", merchantOrderId, Map.of("email", email), actor);
    }

    /** A refund went onto a new credit voucher. */
    public void creditIssued(Handle handle, long voucherId, String email, Actor actor) {
        publish(handle, CREDIT_ISSUED, "voucher", voucherId, Map.of("email", email), actor);
    }

    /** A blocked voucher's balance was reissued on a new code. */
    public void reissued(Handle handle, long voucherId, String email, Actor actor) {
        publish(handle, REISSUED, "voucher", voucherId, Map.of("email", email), actor);
    }

    /** Some of a holder's vouchers expire in {@code days} days. */
    public void expiryReminder(Handle handle, String email, int days, List<Long> voucherIds) {
        publish(handle, EXPIRY_REMINDER, "voucher", voucherIds.get(0), Map.of("email", email, "days", Integer.toString(days),
                "vouchers", voucherIds.stream().map(String::valueOf).collect(Collectors.joining(","))), Actor.system("vouchers.expiry"));
    }

    private void publish(Handle handle, String type, String aggregate, long id, Map<String, String> data, Actor actor) {
        publisher.publish(handle.getConnection(), new PendingEvent(type, aggregate, Long.toString(id), data, actor));
    }
}
