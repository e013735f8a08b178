package io.comptoir.engine.api.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.comptoir.engine.api.event.EventField.optional;
import static io.comptoir.engine.api.event.EventField.required;
import static io.comptoir.engine.api.event.FieldType.BOOLEAN;
import static io.comptoir.engine.api.event.FieldType.CODE;
import static io.comptoir.engine.api.event.FieldType.CURRENCY;
import static io.comptoir.engine.api.event.FieldType.ID;
import static io.comptoir.engine.api.event.FieldType.INTEGER;
import static io.comptoir.engine.api.event.FieldType.MONEY;
import static io.comptoir.engine.api.event.FieldType.TEXT;

/**
 * The catalogue of the events the engine itself publishes, each in the transaction of the change it records. The
 * aggregate id ({@link DomainEvent#aggregateId()}) is the id of the record named by the aggregate type. Money is in
 * minor units (cents) with the event's {@value EventType#CURRENCY}. A listener compares types with
 * {@link EventType#is(DomainEvent)} and reads data with the key constants and {@link DomainEvent}'s typed getters:
 *
 * <pre>{@code
 * if (EngineEvents.MerchantOrders.COLLECTED.is(event)) {
 *     long shopper = event.longValue(EngineEvents.MerchantOrders.SHOPPER_ID);
 *     Money total = event.money(EngineEvents.MerchantOrders.TOTAL);
 * }
 * }</pre>
 */
public final class EngineEvents {
    private EngineEvents() {
    }

    /** Every event type of the engine, by name. */
    public static List<EventType> all() {
        List<EventType> all = new ArrayList<>();
        all.addAll(Accounts.ALL);
        all.addAll(Merchants.ALL);
        all.addAll(Categories.ALL);
        all.addAll(Products.ALL);
        all.addAll(CustomerOrders.ALL);
        all.addAll(MerchantOrders.ALL);
        all.addAll(Settings.ALL);
        all.sort(java.util.Comparator.comparing(EventType::name));
        return Collections.unmodifiableList(all);
    }

    /** Accounts (aggregate {@code account}: the account id). */
    public static final class Accounts {
        public static final String ROLES = "roles";
        public static final String ROLE = "role";
        public static final String SCOPE = "scope";
        public static final String VIA = "via";
        public static final String EVERYWHERE = "everywhere";

        private static final EventField ROLE_FIELD = required(ROLE, CODE, "the role, a Role: SHOPPER, MERCHANT_STAFF, POINT_OF_SALE, TRAINER, TERRITORY_ADMIN");
        private static final EventField SCOPE_FIELD = optional(SCOPE, ID, "what a scoped role is limited to: the shop of MERCHANT_STAFF, the point of sale of POINT_OF_SALE");

        public static final EventType REGISTERED = EventType.of("account.registered", "account",
                "a shopper created an account",
                required(ROLES, TEXT, "the roles it starts with, comma-separated (SHOPPER)"));
        public static final EventType ROLE_GRANTED = EventType.of("account.role_granted", "account",
                "a role was granted to an account", ROLE_FIELD, SCOPE_FIELD);
        public static final EventType ROLE_REVOKED = EventType.of("account.role_revoked", "account",
                "a role was taken from an account", ROLE_FIELD, SCOPE_FIELD);
        public static final EventType CLOSED = EventType.of("account.closed", "account",
                "an administrator, or its holder, closed an account: it can no longer sign in");
        public static final EventType REOPENED = EventType.of("account.reopened", "account",
                "an administrator reopened a closed account");
        public static final EventType PASSWORD_RESET_REQUESTED = EventType.of("account.password_reset_requested", "account",
                "someone asked for a password reset link for an existing account (the link itself is never in an event)");
        public static final EventType PASSWORD_CHANGED = EventType.of("account.password_changed", "account",
                "an account's password changed",
                required(VIA, CODE, "how: reset (through a reset link) or change (signed in)"));
        public static final EventType SIGNED_OUT = EventType.of("account.signed_out", "account",
                "a session of the account ended by signing out, or all of them (the session's token is never in an event)",
                required(EVERYWHERE, BOOLEAN, "true when every session of the account ended, false for one"));

        public static final EventType RENAMED = EventType.of("account.renamed", "account",
                "an account's holder changed its display name");
        public static final EventType EMAIL_CHANGED = EventType.of("account.email_changed", "account",
                "an account's holder changed its e-mail address (the addresses are never in an event)");

        public static final EventType ERASED = EventType.of("account.erased", "account",
                "an account's personal data was erased, at its holder's request: it can no longer sign in, its orders stay "
                        + "with their personal fields replaced");

        public static final String LANGUAGE = "language";
        public static final EventType LANGUAGE_CHANGED = EventType.of("account.language_changed", "account",
                "an account's holder chose the language the marketplace writes to them in",
                required(LANGUAGE, CODE, "the ISO 639 language, e.g. fr or en"));

        static final List<EventType> ALL = List.of(REGISTERED, ROLE_GRANTED, ROLE_REVOKED, CLOSED, REOPENED,
                PASSWORD_RESET_REQUESTED, PASSWORD_CHANGED, SIGNED_OUT, RENAMED, EMAIL_CHANGED, ERASED, LANGUAGE_CHANGED);

        private Accounts() {
        }
    }

    /** Shops (aggregate {@code merchant}: the shop's id). */
    public static final class Merchants {
        public static final String STATUS = "status";
        public static final String FROM = "from";
        public static final String TO = "to";
        public static final String FEATURED = "featured";
        public static final String ACCEPTED = "accepted";
        public static final String REFUSED = "refused";

        private static final String STATUSES = "a MerchantStatus: APPLICANT, ONBOARDING, LIVE, SUSPENDED";

        public static final EventType REGISTERED = EventType.of("merchant.registered", "merchant",
                "a shop applied to join the marketplace", required(STATUS, CODE, "its status, " + STATUSES));
        public static final EventType IMPORTED = EventType.of("merchant.imported", "merchant",
                "a shop was imported by an administrator or a data load", required(STATUS, CODE, "its status, " + STATUSES));
        public static final EventType PROFILE_UPDATED = EventType.of("merchant.profile_updated", "merchant",
                "a shop's profile (name, address, contact, hours, categories…) changed");
        public static final EventType FEATURED_CHANGED = EventType.of("merchant.featured_changed", "merchant",
                "a shop was featured on the home page or stopped being", required(FEATURED, BOOLEAN, "whether it is featured now"));
        public static final EventType STATUS_CHANGED = EventType.of("merchant.status_changed", "merchant",
                "a shop moved in its life cycle (e.g. went LIVE, was suspended)",
                required(FROM, CODE, "the status before, " + STATUSES), required(TO, CODE, "the status now"));
        public static final EventType FULFILMENT_CHANGED = EventType.of("merchant.fulfilment_changed", "merchant",
                "a shop changed its click & collect or local delivery options");
        public static final EventType PAYOUT_ACCOUNT_CHANGED = EventType.of("merchant.payout_account_changed", "merchant",
                "a shop changed the bank account it is paid to (the account itself is never in an event)");
        public static final EventType PAYMENT_METHODS_CHANGED = EventType.of("merchant.payment_methods_changed", "merchant",
                "a shop chose the ways to pay it accepts (payment provider ids)",
                required(ACCEPTED, TEXT, "the ways to pay it accepts now, comma-separated, e.g. pay-at-pickup,voucher"),
                required(REFUSED, TEXT, "those it refuses, comma-separated; empty when it accepts every one"));

        static final List<EventType> ALL = List.of(REGISTERED, IMPORTED, PROFILE_UPDATED, FEATURED_CHANGED, STATUS_CHANGED,
                FULFILMENT_CHANGED, PAYOUT_ACCOUNT_CHANGED, PAYMENT_METHODS_CHANGED);

        private Merchants() {
        }
    }

    /**
     * The territory's settings (aggregate {@code territory_settings}: always {@code 1}, the marketplace's one set of
     * settings; see {@link io.comptoir.engine.api.territory.Territory#saveSettings}).
     */
    public static final class Settings {
        public static final String AGGREGATE_ID = "1";
        public static final String VERSION = "version";
        public static final String FIELDS = "fields";

        public static final EventType CHANGED = EventType.of("territory_settings.changed", "territory_settings",
                "the territory's team changed its settings (home page texts, featured shops, contact)",
                required(VERSION, INTEGER, "the settings' version now"),
                required(FIELDS, TEXT, "the fields changed, comma-separated, e.g. home.fr.heroTitle,featuredShops"));

        static final List<EventType> ALL = List.of(CHANGED);

        private Settings() {
        }
    }

    /** Categories (aggregate {@code category}: the category's id). */
    public static final class Categories {
        public static final String SLUG = "slug";

        public static final EventType CREATED = EventType.of("category.created", "category",
                "a category was added to the catalogue", required(SLUG, TEXT, "its URL name"));

        static final List<EventType> ALL = List.of(CREATED);

        private Categories() {
        }
    }

    /** Products (aggregate {@code product}: the product's id). */
    public static final class Products {
        public static final String MERCHANT_ID = "merchantId";
        public static final String HIDDEN = "hidden";
        public static final String VARIANT_ID = "variantId";
        public static final String STOCK = "stock";
        public static final String AVAILABILITY = "availability";

        public static final EventType CREATED = EventType.of("product.created", "product",
                "a shop added a product", required(MERCHANT_ID, ID, "its shop"));
        public static final EventType UPDATED = EventType.of("product.updated", "product",
                "a shop changed a product (text, category, prices, variants, pictures)", required(MERCHANT_ID, ID, "its shop"));
        public static final EventType VISIBILITY_CHANGED = EventType.of("product.visibility_changed", "product",
                "a product was hidden from shoppers or shown again", required(HIDDEN, BOOLEAN, "whether it is hidden now"));
        public static final EventType STOCK_CHANGED = EventType.of("product.stock_changed", "product",
                "a product's stock moved: a shop set a variant's stock (variantId and stock), or an order reserved or gave back "
                        + "units (availability)",
                optional(VARIANT_ID, ID, "the variant a shop set the stock of"),
                optional(STOCK, INTEGER, "that variant's stock now"),
                optional(AVAILABILITY, CODE, "after an order's move: unchanged (it was and still is in stock) or may_change"));

        static final List<EventType> ALL = List.of(CREATED, UPDATED, VISIBILITY_CHANGED, STOCK_CHANGED);

        private Products() {
        }
    }

    /** A shopper's order over the whole basket (aggregate {@code customer_order}: its id). */
    public static final class CustomerOrders {
        public static final String NUMBER = "number";
        public static final String SHOPPER_ID = "shopperId";
        public static final String TOTAL = "total";
        public static final String REASON = "reason";

        private static final EventField[] COMMON = {
                required(NUMBER, TEXT, "the order's number for people, e.g. C-000123"),
                required(SHOPPER_ID, ID, "the shopper (account id)"),
                required(TOTAL, MONEY, "what the whole order costs"),
                required(EventType.CURRENCY, CURRENCY, "the currency of the total")};

        public static final EventType PLACED = EventType.of("customer_order.placed", "customer_order",
                "every tender of a checkout was authorised: the order is placed (each shop gets merchant_order.placed)", COMMON);
        public static final EventType PAYMENT_FAILED = EventType.of("customer_order.payment_failed", "customer_order",
                "a tender was refused or its confirmation never came: the stock went back and nothing stays charged",
                with(COMMON, required(REASON, TEXT, "why, for the shopper")));

        static final List<EventType> ALL = List.of(PLACED, PAYMENT_FAILED);

        private CustomerOrders() {
        }
    }

    /**
     * One shop's part of an order (aggregate {@code merchant_order}: its id), one event per move of its life cycle
     * ({@link io.comptoir.engine.api.order.MerchantOrderStatus}). Every one carries the shop, the shopper and the order.
     */
    public static final class MerchantOrders {
        public static final String MERCHANT_ID = "merchantId";
        public static final String SHOPPER_ID = "shopperId";
        public static final String CUSTOMER_ORDER_ID = "customerOrderId";
        public static final String NUMBER = "number";
        public static final String FROM = "from";
        public static final String TO = "to";
        public static final String TOTAL = "total";
        public static final String AMOUNT = "amount";
        public static final String REASON = "reason";

        private static final EventField[] COMMON = {
                required(MERCHANT_ID, ID, "the shop"),
                required(SHOPPER_ID, ID, "the shopper (account id)"),
                required(CUSTOMER_ORDER_ID, ID, "the shopper's whole order"),
                required(NUMBER, TEXT, "the shop's part's number for people, e.g. C-000123-2"),
                required(FROM, CODE, "the status before, a MerchantOrderStatus"),
                required(TO, CODE, "the status now, a MerchantOrderStatus"),
                required(TOTAL, MONEY, "what the shop's part costs (lines and delivery fee)"),
                required(EventType.CURRENCY, CURRENCY, "the currency of the amounts")};

        public static final EventType PLACED = moved("placed", "its payment was confirmed: the shop sees the order");
        public static final EventType ACCEPTED = moved("accepted", "the shop took the order on; its share of each tender was captured");
        public static final EventType READY_FOR_PICKUP = moved("ready_for_pickup", "the order is ready at the shop (click & collect)");
        public static final EventType COLLECTED = moved("collected", "the shopper collected the order at the shop");
        public static final EventType OUT_FOR_DELIVERY = moved("out_for_delivery", "the shop's delivery round left with the order");
        public static final EventType DELIVERED = moved("delivered", "the order was delivered to the shopper");
        public static final EventType CANCELLED = EventType.of("merchant_order.cancelled", "merchant_order",
                "the shop or the shopper cancelled it before acceptance, or its payment failed: stock went back, authorisations were released",
                with(COMMON, optional(REASON, CODE, "payment_failed when its payment failed; absent when a person cancelled it")));
        public static final EventType PAID = moved("paid", "the shop took payment at collection for a pay-at-pickup tender (the status does not change)");
        public static final EventType REFUNDED = EventType.of("merchant_order.refunded", "merchant_order",
                "the shop refunded all or part of an accepted order",
                with(COMMON, required(AMOUNT, MONEY, "what this refund gave back")));

        static final List<EventType> ALL = List.of(PLACED, ACCEPTED, READY_FOR_PICKUP, COLLECTED, OUT_FOR_DELIVERY, DELIVERED,
                CANCELLED, PAID, REFUNDED);

        private MerchantOrders() {
        }

        /** The event of a move: {@code placed}, {@code accepted}, … {@code paid}, {@code refunded}. */
        public static Optional<EventType> of(String move) {
            String name = "merchant_order." + move.toLowerCase(Locale.ROOT);
            return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
        }

        private static EventType moved(String move, String when) {
            return EventType.of("merchant_order." + move, "merchant_order", when, COMMON);
        }
    }

    private static EventField[] with(EventField[] common, EventField extra) {
        EventField[] fields = java.util.Arrays.copyOf(common, common.length + 1);
        fields[common.length] = extra;
        return fields;
    }
}
