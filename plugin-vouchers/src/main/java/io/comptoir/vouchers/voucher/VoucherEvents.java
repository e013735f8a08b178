package io.comptoir.vouchers.voucher;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.event.EventPublisher;
import io.comptoir.engine.api.event.EventType;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.comptoir.engine.api.event.EventField.required;
import static io.comptoir.engine.api.event.FieldType.ID_LIST;
import static io.comptoir.engine.api.event.FieldType.INTEGER;
import static io.comptoir.engine.api.event.FieldType.TEXT;
import static java.util.Objects.requireNonNull;

/**
 * The plugin's domain events, written into the engine's outbox in the caller's transaction: they exist if and only if
 * the change commits, and the mails that follow them are sent at least once. Events never carry a voucher's code. Each
 * is declared ({@link #ALL}) to the engine's event catalogue, and its data checked against the declaration when published.
 */
public final class VoucherEvents {
    public static final String DELIVERED = "voucher.delivered";
    public static final String CREDIT_ISSUED = "voucher.credit_issued";
    public static final String REISSUED = "voucher.reissued";
    public static final String EXPIRY_REMINDER = "voucher.expiry_reminder";

    private static final String EMAIL = "where the mail goes: the buyer's or holder's address";
    public static final EventType DELIVERED_TYPE = EventType.of(DELIVERED, "merchant_order",
            "the vouchers of a voucher shop order are paid and in the buyer's wallet (the aggregate is the engine's merchant order)",
            required("email", TEXT, EMAIL));
    public static final EventType CREDIT_ISSUED_TYPE = EventType.of(CREDIT_ISSUED, "voucher",
            "a refund went onto a new credit voucher", required("email", TEXT, EMAIL));
    public static final EventType REISSUED_TYPE = EventType.of(REISSUED, "voucher",
            "a blocked voucher's balance was reissued on a new code (the aggregate is the new voucher)", required("email", TEXT, EMAIL));
    public static final EventType EXPIRY_REMINDER_TYPE = EventType.of(EXPIRY_REMINDER, "voucher",
            "some of a holder's vouchers expire soon (the aggregate is the first of them)", required("email", TEXT, EMAIL),
            required("days", INTEGER, "days left before they expire"), required("vouchers", ID_LIST, "the vouchers concerned"));

    /** Every event of the plugin, for the engine's catalogue ({@code VouchersPlugin.publishedEvents()}). */
    public static final List<EventType> ALL = List.of(DELIVERED_TYPE, CREDIT_ISSUED_TYPE, REISSUED_TYPE, EXPIRY_REMINDER_TYPE);

    private final EventPublisher publisher;

    public VoucherEvents(EventPublisher publisher) {
        this.publisher = requireNonNull(publisher, "publisher is null");
    }

    /** The vouchers of a voucher shop order are paid and in the buyer's wallet. */
    public void delivered(Handle handle, long merchantOrderId, String email, Actor actor) {
        publish(handle, DELIVERED_TYPE, merchantOrderId, Map.of("email", email), actor);
    }

    /** A refund went onto a new credit voucher. */
    public void creditIssued(Handle handle, long voucherId, String email, Actor actor) {
        publish(handle, CREDIT_ISSUED_TYPE, voucherId, Map.of("email", email), actor);
    }

    /** A blocked voucher's balance was reissued on a new code. */
    public void reissued(Handle handle, long voucherId, String email, Actor actor) {
        publish(handle, REISSUED_TYPE, voucherId, Map.of("email", email), actor);
    }

    /** Some of a holder's vouchers expire in {@code days} days. */
    public void expiryReminder(Handle handle, String email, int days, List<Long> voucherIds) {
        publish(handle, EXPIRY_REMINDER_TYPE, voucherIds.get(0), Map.of("email", email, "days", Integer.toString(days),
                "vouchers", voucherIds.stream().map(String::valueOf).collect(Collectors.joining(","))), Actor.system("vouchers.expiry"));
    }

    private void publish(Handle handle, EventType type, long id, Map<String, String> data, Actor actor) {
        publisher.publish(handle.getConnection(), type.event(Long.toString(id), data, actor));
    }
}
