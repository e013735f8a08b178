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
        return Map.of(TAG, "The territory's figures, shops, accounts and orders, for its marketplace team");
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
                        + "of the shoppers' site per day (one per visitor and Europe/Paris day) over the last 30 days.",
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
                "MERCHANT_STAFF needs the shop's id as `scope` (the shop must exist), POINT_OF_SALE the point of sale's id; other roles "
                        + "take no scope. Giving a role held already changes nothing.",
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
                        query("from", map("type", "string", "format", "date", "description", "Only orders made on this day (Paris) or later")),
                        query("until", map("type", "string", "format", "date", "description", "Only orders made on this day (Paris) or before")),
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

        schemas.putAll(schemas());
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
