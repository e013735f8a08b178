package io.comptoir.app.admin;

import io.comptoir.app.web.openapi.OpenApiSection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.BackOfficeSchemas.MERCHANT_STATUSES;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.PAYLOAD_TOO_LARGE;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.body;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.dateTime;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.enumeration;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.input;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.methods;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.nullableInt64;
import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.CONFLICT;
import static io.comptoir.app.web.openapi.Operations.FORBIDDEN;
import static io.comptoir.app.web.openapi.Operations.NOT_FOUND;
import static io.comptoir.app.web.openapi.Operations.UNAUTHORIZED;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Operations.pathId;
import static io.comptoir.app.web.openapi.Operations.query;
import static io.comptoir.app.web.openapi.Operations.repeated;
import static io.comptoir.app.web.openapi.Schemas.array;
import static io.comptoir.app.web.openapi.Schemas.bool;
import static io.comptoir.app.web.openapi.Schemas.int32;
import static io.comptoir.app.web.openapi.Schemas.int64;
import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.nullableString;
import static io.comptoir.app.web.openapi.Schemas.nullableRef;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.ref;
import static io.comptoir.app.web.openapi.Schemas.string;

/** The territory's back-office API: dashboard figures, shops and their life cycle, accounts and roles, every shop's orders, the mail outbox. */
public final class AdminApiSection implements OpenApiSection {
    private static final String TAG = "Territory back-office";
    private static final String ROLE = " Role: TERRITORY_ADMIN.";
    private static final String ROOT = "/api/v1/admin";
    private static final List<String> MAIL_STATUSES = List.of("KEPT", "PENDING", "SENT", "FAILED");

    @Override
    public Map<String, String> tags() {
        return Map.of(TAG, "The territory's figures, shops, accounts and orders, and the delivery of the engine's events, for its "
                + "marketplace team");
    }

    @SafeVarargs
    private static Map<String, Object> op(String id, String summary, String description, List<Map<String, Object>> parameters,
                                          Map.Entry<String, Object>... responses) {
        return operation(id, TAG, summary, description + ROLE, parameters, responses);
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        Map<String, Object> merchantId = pathId("merchantId");
        Map<String, Object> accountId = pathId("accountId");
        Map<String, Object> page = query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 10_000, "default", 0));
        Map<String, Object> size = query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 50));

        paths.put(ROOT + "/dashboard", methods("get", op("getTerritoryDashboard", "The territory's figures, read live",
                "Shops in each status, customer accounts (active accounts holding SHOPPER and no other role: not the staff's, points of sale's, trainers' or admins'), products shoppers can see, and visits "
                        + "of the shoppers' site per day (one per visitor and day of the marketplace's time zone) over the last 30 days.",
                List.of(), ok("TerritoryDashboard"), UNAUTHORIZED, FORBIDDEN)));
        paths.put(ROOT + "/merchants", methods("get", op("listTerritoryShops", "The territory's shops, by name",
                "Every status unless filtered; `q` finds names ignoring case and accents.",
                List.of(query("status", enumeration("Only shops in this status", MERCHANT_STATUSES)),
                        query("q", map("type", "string", "maxLength", 100, "description", "Part of the shop's name")), page, size),
                ok("AdminShopPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));
        paths.put(ROOT + "/merchants/{merchantId}", methods("get", op("getTerritoryShop", "A shop, with what keeps it from going live",
                "Its onboarding checklist and the blocking items of the activation policies (both empty once live).",
                List.of(merchantId), ok("AdminShopDetail"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/merchants/{merchantId}/status", methods("put", body(op("changeTerritoryShopStatus", "Moves a shop in its life cycle",
                "APPLICANT → ONBOARDING (approve), ONBOARDING → LIVE (go live), LIVE → SUSPENDED, SUSPENDED → LIVE or ONBOARDING. "
                        + "Going live is refused with 409 `activation_refused` and the blocking items in `details` while the shop is not "
                        + "ready; other moves are 409 `illegal_status_transition`.",
                List.of(merchantId), ok("AdminShopDetail"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE),
                "StatusInput")));
        paths.put(ROOT + "/merchants/{merchantId}/featured", methods("put", body(op("featureTerritoryShop",
                "Features a shop on the home page, or stops", "Featured live shops appear on the home page.",
                List.of(merchantId), ok("AdminShopDetail"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE),
                "FeaturedInput")));
        paths.put(ROOT + "/accounts", methods("get", op("listAccounts", "Accounts, newest first", "Filtered by role and part of the e-mail.",
                List.of(query("role", ref("Role")),
                        query("q", map("type", "string", "maxLength", 254, "description", "Part of the e-mail, any case")), page, size),
                ok("AdminAccountPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));
        paths.put(ROOT + "/accounts/{accountId}", methods("get", op("getAccount", "An account and its roles", "Passwords never leave the engine.",
                List.of(accountId), ok("AdminAccount"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/accounts/{accountId}/roles", methods("post", body(op("grantRole", "Gives a role",
                "MERCHANT_STAFF needs the shop's id as `scope`, POINT_OF_SALE the point of sale's id: a shop or point of sale that "
                        + "does not exist is a 400 `invalid_scope` on `scope`, and nothing is stored; other roles take no scope. Giving a "
                        + "role held already changes nothing.",
                List.of(accountId), ok("AdminAccount"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE), "GrantInput")));
        paths.put(ROOT + "/accounts/{accountId}/roles/{role}", methods("delete", op("revokeRole", "Takes a role away",
                "Scoped roles name their scope in `scope`. SHOPPER stays with every account (400); an admin cannot take their own "
                        + "TERRITORY_ADMIN role (409 `own_admin_role`); a role the account does not hold is 404.",
                List.of(accountId, map("name", "role", "in", "path", "required", true, "schema", ref("Role")),
                        query("scope", map("type", "integer", "format", "int64", "minimum", 1, "description", "Shop or point of sale id"))),
                ok("AdminAccount"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put(ROOT + "/accounts/{accountId}/active", methods("put", body(op("setAccountActive", "Closes or reopens an account",
                "Closing ends its sessions; an admin cannot close their own account (409 `own_account`).",
                List.of(accountId), ok("AdminAccount"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE),
                "ActiveInput")));
        paths.put(ROOT + "/orders", methods("get", op("listAllShopOrders", "Every shop's orders, newest first",
                "The territory's overview, filtered by status, shop and date, a page at a time: pass the `next` of a page as `after` "
                        + "to read the next one, however deep (pages neither skip nor repeat an order while new ones arrive). `page` "
                        + "(0 to 99) is the older way to walk the unfiltered feed and cannot be combined with filters or `after`.",
                List.of(repeated("status", map("type", "string", "enum", List.of("PLACED", "ACCEPTED", "READY_FOR_PICKUP",
                                "OUT_FOR_DELIVERY", "COLLECTED", "DELIVERED", "CANCELLED", "REFUNDED", "PENDING_PAYMENT")),
                                "Only these statuses (every status but PENDING_PAYMENT by default)"),
                        query("merchant", map("type", "integer", "format", "int64", "minimum", 1, "description", "Only this shop's orders")),
                        query("from", map("type", "string", "format", "date", "description",
                                "Only orders made on this day (the marketplace's time zone) or later")),
                        query("until", map("type", "string", "format", "date", "description",
                                "Only orders made on this day (the marketplace's time zone) or before; not before `from` (400 on `until`)")),
                        query("after", map("type", "string", "maxLength", 200, "description", "The `next` cursor of the previous page")),
                        query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 99, "default", 0)), size),
                ok("OrderFeed"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));
        paths.put(ROOT + "/orders/{orderId}", methods("get", op("getAnyShopOrder", "Any shop's order", "Shops move their own orders.",
                List.of(pathId("orderId")), ok("ShopOrder"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));

        paths.put(ROOT + "/mail", methods("get", op("listMail", "The mail outbox, newest first",
                "How mail leaves (`transport`: the SMTP server, null when mail is only kept because SMTP_HOST is not set), how many "
                        + "messages are in each status, and the latest messages, filtered by status. A message is PENDING until the SMTP "
                        + "server accepts it (SENT); failed attempts are retried with an exponential back-off, and after the last one "
                        + "the message is FAILED. Bodies are left out (they may hold secret links); secrets in subjects are masked.",
                List.of(query("status", enumeration("Only messages in this status", MAIL_STATUSES)),
                        query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 50))),
                ok("MailPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));
        paths.put(ROOT + "/mail/{mailId}/retry", methods("post", op("retryMail", "Sends a failed message again",
                "Puts a FAILED message back in line (PENDING, attempts from zero); the relay sends it within seconds. 409 "
                        + "`mail_not_failed` for a message in another status, 409 `mail_not_sent` when no SMTP server is configured.",
                List.of(pathId("mailId")), ok("Mail"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));

        describeDeliveries(paths);
        schemas.putAll(schemas());
        schemas.putAll(deliverySchemas());
    }

    /** {@code /event-deliveries}: the engine's {@code EventDeliveries} for operators, as the page {@code /admin/evenements}. */
    private static void describeDeliveries(Map<String, Map<String, Object>> paths) {
        String root = ROOT + "/event-deliveries";
        Map<String, Object> subscription = map("name", "subscription", "in", "path", "required", true,
                "schema", map("type", "string", "pattern", "^[a-z0-9][a-z0-9_.-]{0,99}$"), "description", "The subscription's name");
        Map<String, Object> eventId = pathId("eventId");
        String effect = " It takes effect at the subscription's next delivery round (within a second), on whichever node serves it; "
                + "the answer is the subscription as it stands now. The admin is recorded as the action's actor.";
        paths.put(root, methods("get", op("listEventSubscriptions", "Every subscription to the event feed, by name",
                "Where each stands: the last event it handled, how many events follow it (`behind`), the event it retries and the "
                        + "last error, how many it parked, whether this node serves it and when a node last did.",
                List.of(), ok("EventSubscriptionList"), UNAUTHORIZED, FORBIDDEN)));
        paths.put(root + "/{subscription}", methods(
                "get", op("getEventSubscription", "One subscription", "404 `subscription_not_found` when the database knows none by that name.",
                        List.of(subscription), ok("EventSubscription"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "delete", op("forgetEventSubscription", "Forgets a subscription no node serves",
                        "Deletes its place in the feed and its parked events (a plugin removed, a subscription renamed); should a node "
                                + "register it again, it starts afresh. 409 `subscription_in_use` when this node serves it.",
                        List.of(subscription), Map.entry("204", map("description", "Forgotten")), UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put(root + "/{subscription}/retry", methods("post", op("retryEventSubscription", "Retries the failing event now",
                "Instead of at the end of its back-off, once the cause is fixed." + effect,
                List.of(subscription), ok("EventSubscription"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(root + "/{subscription}/park", methods("post", op("parkFailingEvent", "Parks the failing event",
                "The subscription goes on with the next events; the event joins the parked ones. 409 `not_failing` when it retries "
                        + "no event (it may have succeeded meanwhile)." + effect,
                List.of(subscription), ok("EventSubscription"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put(root + "/{subscription}/rewind", methods("post", body(op("rewindEventSubscription", "Moves a subscription in the feed",
                "`now` skips what is pending; `beginning` delivers every event the database holds again; `after_event` resumes after "
                        + "`eventId` (404 `event_not_found` when the database does not hold it). Its listener must be idempotent: events "
                        + "it received may come again. The failing event, if any, is forgotten." + effect,
                List.of(subscription), ok("EventSubscription"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE),
                "RewindInput")));
        paths.put(root + "/{subscription}/parked", methods("get", op("listParkedEvents", "The events a subscription parked, oldest first",
                "After its last attempt failed (`parkedBy` `engine`) or because an operator parked it (`parkedBy` names the account).",
                List.of(subscription, query("limit", map("type", "integer", "format", "int32", "minimum", 1, "maximum", EventDeliveriesApi.MAX_PARKED, "default", 100))),
                ok("ParkedEventList"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(root + "/{subscription}/parked/{eventId}/replay", methods("post", op("replayParkedEvent", "Delivers a parked event again",
                "Before the subscription's next events; it leaves the parked list when the listener accepts it and stays with the new "
                        + "error otherwise. 404 `parked_event_not_found` when that event is not parked for that subscription." + effect,
                List.of(subscription, eventId), ok("EventSubscription"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(root + "/{subscription}/parked/{eventId}", methods("delete", op("discardParkedEvent", "Discards a parked event for good",
                "The subscription will never receive it. 404 `parked_event_not_found` when that event is not parked for that subscription.",
                List.of(subscription, eventId), ok("EventSubscription"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
    }

    private static Map<String, Object> deliverySchemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("EventFailure", object("The event a subscription retries",
                "eventId", int64("The event"), "attempts", int32("Failed attempts so far"), "nextAttemptAt", dateTime(),
                "lastError", map("type", "string", "nullable", true, "description", "The listener's last error")));
        schemas.put("EventSubscription", object("Where a subscription to the event feed stands",
                "name", string("Its name, by convention <pluginId>.<purpose>"), "servedHere", bool("Whether this node runs its listener"),
                "lastServedAt", dateTime(), "lastServedBy", string("The node that last registered it or worked on it"),
                "lastEventId", nullableInt64("The last event it handled (delivered, passed over or parked); null before the first"),
                "behind", int64("Events of the feed that follow it, of every type"),
                "failing", nullableRef("EventFailure"),
                "leasedBy", map("type", "string", "nullable", true, "description", "The node delivering to it now"),
                "parked", int64("How many of its events are parked")));
        schemas.put("EventSubscriptionList", object("Every subscription, by name", "items", array(ref("EventSubscription"), "By name")));
        schemas.put("FeedEvent", object("A domain event, as the catalogue describes its type",
                "id", int64("Unique in the database"), "type", string("e.g. merchant_order.placed"),
                "aggregateType", string("What it is about, e.g. merchant_order"), "aggregateId", string("Which one"),
                "data", map("type", "object", "additionalProperties", map("type", "string"), "description", "Its payload, as text"),
                "actor", string("Who caused it, e.g. account:12 or system:checkout"), "occurredAt", dateTime()));
        schemas.put("ParkedEvent", object("An event a subscription set aside",
                "event", ref("FeedEvent"), "attempts", int32("Failed attempts before it was parked"),
                "lastError", map("type", "string", "nullable", true, "description", "The listener's last error"),
                "parkedAt", dateTime(), "parkedBy", string("engine after the last attempt, or the operator (e.g. account:12)"),
                "replayRequested", bool("A replay was asked and not tried yet")));
        schemas.put("ParkedEventList", object("A subscription's parked events, oldest first",
                "subscription", string("The subscription"), "items", array(ref("ParkedEvent"), "Oldest first, at most `limit`"),
                "total", int64("How many it parked")));
        schemas.put("RewindInput", input("Where the subscription resumes", List.of("to"),
                "to", enumeration("now, beginning, or after_event (with eventId)", List.of("now", "beginning", "after_event")),
                "eventId", map("type", "integer", "format", "int64", "minimum", 1, "description", "Required with after_event")));
        return schemas;
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("ShopsByStatus", object("Shops in each status",
                "APPLICANT", int32("Applications to review"), "ONBOARDING", int32("In onboarding (training)"),
                "LIVE", int32("Selling now"), "SUSPENDED", int32("Taken off the marketplace")));
        schemas.put("VisitDay", object("Visits of one day", "date", map("type", "string", "format", "date"), "visits", int64("Visitors that day")));
        schemas.put("Visits", object("Visits per day over a period",
                "from", map("type", "string", "format", "date"), "to", map("type", "string", "format", "date"),
                "total", int64("Visits over the period"), "averagePerDay", int64("Rounded"),
                "days", array(ref("VisitDay"), "Every day of the period, oldest first, days without visits at 0")));
        schemas.put("TerritoryDashboard", object("The territory's figures",
                "shops", ref("ShopsByStatus"), "shoppers", int32("Customer accounts"), "visibleProducts", int32("Products shoppers can see"),
                "visits", ref("Visits")));
        schemas.put("AdminShop", object("A shop of the territory",
                "id", int64("Merchant id"), "slug", string("URL name"), "name", string("Name"), "trade", string("The kind of shop"),
                "status", enumeration("Life-cycle status", MERCHANT_STATUSES), "featured", bool("Featured on the home page"),
                "communeInsee", string("INSEE code of its commune"), "createdAt", dateTime(), "updatedAt", dateTime()));
        schemas.put("AdminShopPage", object("A page of shops",
                "items", array(ref("AdminShop"), "By name"), "total", int32("Matching shops"),
                "page", int32("Zero-based page number"), "size", int32("Page size")));
        schemas.put("AdminShopDetail", object("A shop with its readiness",
                "shop", ref("AdminShop"), "products", int32("Products, hidden ones included"), "productsOnSale", int32("Products not hidden"),
                "checklist", array(ref("ChecklistItem"), "Onboarding checklist; empty once live"),
                "blockingItems", array(string("For people"), "What keeps it from going live now; empty once live")));
        schemas.put("StatusInput", input("A life-cycle move", List.of("status"), "status", enumeration("The status to move to", MERCHANT_STATUSES)));
        schemas.put("FeaturedInput", input("Featured or not", List.of("featured"), "featured", bool("true features the shop")));
        schemas.put("RoleGrant", object("A role held, with its scope",
                "role", ref("Role"), "scope", nullableInt64("Shop id (MERCHANT_STAFF) or point of sale id (POINT_OF_SALE); null otherwise")));
        schemas.put("AdminAccount", object("An account",
                "id", int64("Account id"), "email", string("E-mail"), "displayName", string("Name"),
                "active", bool("false once closed: it cannot sign in"), "roles", array(ref("RoleGrant"), "Roles held"),
                "createdAt", dateTime()));
        schemas.put("AdminAccountPage", object("A page of accounts",
                "items", array(ref("AdminAccount"), "Newest first"), "total", int32("Matching accounts"),
                "page", int32("Zero-based page number"), "size", int32("Page size")));
        schemas.put("GrantInput", input("A role to give", List.of("role"),
                "role", ref("Role"), "scope", map("type", "integer", "format", "int64", "minimum", 1,
                        "description", "Shop id for MERCHANT_STAFF, point of sale id for POINT_OF_SALE")));
        schemas.put("ActiveInput", input("Open or closed", List.of("active"), "active", bool("false closes the account")));
        schemas.put("OrderFeed", object("Every shop's orders, newest first",
                "items", array(ref("ShopOrder"), "Newest first"), "page", int32("Zero-based page number"), "size", int32("Page size"),
                "hasMore", bool("Whether a next page exists"),
                "next", map("type", "string", "nullable", true, "description", "Pass it as `after` for the next page; null on the last")));
        schemas.put("Mail", object("A message of the outbox",
                "id", int64("Mail id"), "to", string("Recipient"), "subject", string("Subject, secrets masked"),
                "kind", string("What kind of message, e.g. password_reset, order_placed"),
                "status", enumeration("KEPT (no SMTP server: only kept), PENDING, SENT or FAILED", MAIL_STATUSES),
                "attempts", int32("Attempts of the current series"), "lastError", nullableString("Why the last attempt failed"),
                "createdAt", dateTime(), "deliveredAt", map("type", "string", "format", "date-time", "nullable", true,
                        "description", "When the SMTP server accepted it")));
        schemas.put("MailPage", object("The mail outbox",
                "transport", nullableString("How mail leaves, e.g. SMTP smtp.example.org:587 (starttls), from ne-pas-repondre@example.fr"),
                "counts", object("Messages in each status", "KEPT", int64("Only kept"), "PENDING", int64("Waiting"), "SENT", int64("Sent"),
                        "FAILED", int64("Failed")),
                "items", array(ref("Mail"), "Newest first")));
        return schemas;
    }
}
