package io.comptoir.app.merchant;

import io.comptoir.app.web.openapi.BackOfficeSchemas;
import io.comptoir.app.web.openapi.OpenApiSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.BackOfficeSchemas.ORDER_ACTIONS;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.ORDER_STATUSES;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.PAYLOAD_TOO_LARGE;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.body;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.dateTime;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.enumeration;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.input;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.methods;
import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.CONFLICT;
import static io.comptoir.app.web.openapi.Operations.FORBIDDEN;
import static io.comptoir.app.web.openapi.Operations.NOT_FOUND;
import static io.comptoir.app.web.openapi.Operations.UNAUTHORIZED;
import static io.comptoir.app.web.openapi.Operations.created;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.okArray;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Operations.pathId;
import static io.comptoir.app.web.openapi.Operations.query;
import static io.comptoir.app.web.openapi.Operations.repeated;
import static io.comptoir.app.web.openapi.Schemas.array;
import static io.comptoir.app.web.openapi.Schemas.bool;
import static io.comptoir.app.web.openapi.Schemas.int32;
import static io.comptoir.app.web.openapi.Schemas.int64;
import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.nullableRef;
import static io.comptoir.app.web.openapi.Schemas.nullableString;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.ref;
import static io.comptoir.app.web.openapi.Schemas.string;

/**
 * The merchant back-office API: a shop's orders and their moves, its products and stock, pictures, profile, fulfilment
 * options, the ways to pay it accepts and payout account. Every operation needs a session of a shop's staff (or of a territory admin) and answers
 * 403 for another shop.
 */
public final class MerchantApiSection implements OpenApiSection {
    private static final String TAG = "Merchant back-office";
    private static final String ROLES = " Roles: MERCHANT_STAFF of the shop, or TERRITORY_ADMIN.";
    private static final String SHOP = "/api/v1/merchant/{merchantId}";

    @Override
    public Map<String, String> tags() {
        return Map.of(TAG, "A shop's orders, products, stock and profile, for its staff");
    }

    @SafeVarargs
    private static Map<String, Object> op(String id, String summary, String description, List<Map<String, Object>> parameters,
                                          Map.Entry<String, Object>... responses) {
        return operation(id, TAG, summary, description + ROLES, parameters, responses);
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        Map<String, Object> shopId = pathId("merchantId");
        Map<String, Object> orderId = pathId("orderId");
        Map<String, Object> productId = pathId("productId");
        Map<String, Object> variantId = pathId("variantId");
        List<Map<String, Object>> shop = List.of(shopId);
        Map<String, Object> page = query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 10_000, "default", 0,
                "description", "Zero-based page number"));
        Map<String, Object> size = query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 50));

        paths.put("/api/v1/merchant", methods("get", op("listMyShops", "The shops the caller works for",
                "By name, with the number of orders waiting for each.", List.of(), okArray("ShopRef"), UNAUTHORIZED, FORBIDDEN)));
        paths.put(SHOP + "/dashboard", methods("get", op("getShopDashboard", "The shop's dashboard",
                "Orders to accept, to prepare and ready; today's orders and takings (the marketplace's time zone); variants of products on sale "
                        + "with 3 units or fewer; the onboarding checklist while the shop is not live.",
                shop, ok("ShopDashboard"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP + "/orders", methods("get", op("listShopOrders", "The shop's orders, newest first",
                "Orders waiting for an asynchronous payment are not shown.",
                List.of(shopId, repeated("status", enumeration("Order status", ORDER_STATUSES.subList(1, ORDER_STATUSES.size())),
                        "Only orders in this status"), page, size),
                ok("ShopOrderPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP + "/orders/{orderId}", methods("get", op("getShopOrder", "One of the shop's orders",
                "With its lines, tender shares, history and the actions allowed now. Another shop's order is not found.",
                List.of(shopId, orderId), ok("ShopOrder"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP + "/orders/{orderId}/actions", methods("post", body(op("actOnShopOrder", "Moves an order",
                "ACCEPT captures the online tenders; MARK_READY / MARK_COLLECTED for click & collect, SEND_OUT / MARK_DELIVERED for "
                        + "delivery; CANCEL before acceptance (stock returns, authorisations are released; the note goes to the shopper); "
                        + "REFUND after acceptance, of `amount` or everything still refundable, back across the tenders in reverse order "
                        + "(card first, vouchers last); MARK_PAID when a pay-at-pickup order is paid at the shop. An action not allowed now "
                        + "is a 409 `illegal_transition` whose `details` list the allowed actions.",
                List.of(shopId, orderId), ok("ShopOrder"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE),
                "OrderActionInput")));
        paths.put(SHOP + "/products", methods(
                "get", op("listShopProducts", "The shop's products, hidden ones included", "Newest first.",
                        List.of(shopId, page, size), ok("ShopProductPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(op("createShopProduct", "Creates a product",
                        "Variants without a SKU get a generated one (REF-XXXXXX). Pictures are uploaded first to /images and named by key.",
                        shop, created("ShopProduct"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE),
                        "ProductInput")));
        paths.put(SHOP + "/products/{productId}", methods(
                "get", op("getShopProduct", "One of the shop's products", "Another shop's product is not found.",
                        List.of(shopId, productId), ok("ShopProduct"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(op("updateShopProduct", "Replaces a product",
                        "Variants are matched by SKU: a known SKU is updated, a new one added, one left out is withdrawn from sale. "
                                + "When `images` is left out, the pictures stay as they are.",
                        List.of(shopId, productId), ok("ShopProduct"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT,
                        PAYLOAD_TOO_LARGE), "ProductInput")));
        paths.put(SHOP + "/products/{productId}/visibility", methods("put", body(op("setShopProductVisibility",
                "Hides a product from shoppers, or shows it again", "A hidden product stays in the back-office.",
                List.of(shopId, productId), ok("ShopProduct"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE),
                "VisibilityInput")));
        paths.put(SHOP + "/products/{productId}/variants/{variantId}/stock", methods("put", body(op("setShopVariantStock",
                "Sets a variant's stock (an inventory)", "An absolute count of units on hand and not reserved.",
                List.of(shopId, productId, variantId), ok("ShopVariant"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE),
                "StockInput")));
        Map<String, Object> upload = new LinkedHashMap<>(op("uploadShopImage", "Uploads a picture",
                "multipart/form-data with the picture in the field `file` and what it shows in `alt`: JPEG, PNG or WebP (read from the "
                        + "bytes, not the declared type), at most 5 MiB and 40 megapixels — this route alone takes bodies over 1 MiB. The "
                        + "picture goes through the image pipeline (re-encoded, metadata such as EXIF and GPS dropped, stored in several "
                        + "sizes as WebP and JPEG). Answers the key to name it by in a product or the profile (with its alternative text).",
                shop, created("Upload"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE));
        upload.put("requestBody", map("required", true, "content", map("multipart/form-data", map("schema",
                map("type", "object", "required", List.of("file", "alt"), "properties", map("file", map("type", "string", "format", "binary",
                        "description", "The picture"), "alt", map("type", "string", "maxLength", 300,
                        "description", "What the picture shows, for people who cannot see it")))))));
        paths.put(SHOP + "/images", methods("post", upload));
        paths.put(SHOP + "/profile", methods(
                "get", op("getShopProfile", "The shop's profile", "What shoppers read about the shop, and its identity.",
                        shop, ok("ShopProfile"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(op("updateShopProfile", "Changes the shop's profile",
                        "Only the fields given change; `photo: null` removes the photo. The name, SIRET and address are changed by "
                                + "the territory.",
                        shop, ok("ShopProfile"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE), "ProfileInput")));
        paths.put(SHOP + "/fulfilment", methods(
                "get", op("getShopFulfilment", "How the shop hands orders over", "Click & collect and/or local delivery.",
                        shop, ok("Fulfilment"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(op("updateShopFulfilment", "Changes how the shop hands orders over",
                        "At least one of click & collect and delivery; delivery communes are INSEE codes of the territory; the fee is "
                                + "at most 1 000 €.",
                        shop, ok("Fulfilment"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE), "FulfilmentInput")));
        paths.put(SHOP + "/payment-methods", methods(
                "get", op("getShopPaymentMethods", "The ways to pay the shop accepts",
                        "Every way to pay of the marketplace (the `provider` of a checkout's tenders): whether the shop accepts it, and "
                                + "whether its provider declines the shop and why (`declined`: e.g. `not_in_voucher_programme`, "
                                + "`card_account_not_ready`). A shop accepts every way to pay until its staff refuse some.",
                        shop, ok("ShopPaymentMethods"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(op("updateShopPaymentMethods", "Sets the ways to pay the shop accepts",
                        "The shop refuses the others the marketplace runs; one added to the marketplace later is accepted until refused. "
                                + "A checkout offers only the ways to pay every shop of the basket accepts. 400 on `methods`: "
                                + "`invalid_methods` for an id that is not a way to pay of the marketplace, `no_payment_method` when the "
                                + "list is empty (a shop keeps at least one). The change is recorded with who made it "
                                + "(`merchant.payment_methods_changed`).",
                        shop, ok("ShopPaymentMethods"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE),
                        "ShopPaymentMethodsInput")));
        paths.put(SHOP + "/staff", methods(
                "get", op("listShopStaff", "The shop's staff", "The accounts working for the shop, by name.", shop,
                        okArray("Account"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(op("inviteShopStaff", "Adds someone to the shop's staff",
                        "By e-mail: the account using it, or a new one whose holder chooses a password from the link mailed to the "
                                + "address (valid one hour); the address is told either way (201). Someone already on the staff is "
                                + "answered 200 with their account, and nothing is done or mailed: the call can be repeated safely. "
                                + "`displayName` names a new account (400 `invalid_displayName` without it). 409 `account_closed` for a "
                                + "closed account.",
                        shop, created("Account"), ok("Account"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE),
                        "StaffInvitation")));
        paths.put(SHOP + "/payout-account", methods(
                "get", op("getShopPayoutAccount", "Where the shop is paid", "The IBAN is only ever shown masked.",
                        shop, ok("PayoutAccount"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(op("updateShopPayoutAccount", "Sets where the shop is paid",
                        "The IBAN's check digits are verified (400 `invalid_iban` on `iban` otherwise); the BIC may be left out within SEPA.",
                        shop, ok("PayoutAccount"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE), "PayoutInput")));

        schemas.putAll(schemas());
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("ShopRef", object("A shop the caller works for",
                "id", int64("Merchant id"), "name", string("Shop name"), "slug", string("URL name"),
                "status", enumeration("Life-cycle status", BackOfficeSchemas.MERCHANT_STATUSES),
                "ordersToAccept", int32("Orders waiting for the shop's answer")));
        schemas.put("ChecklistItem", object("A requirement of the onboarding checklist",
                "code", string("Stable code, e.g. profile_complete"), "label", string("For people, in French"),
                "blocking", bool("Whether the shop may not go live until it is done"), "done", bool("Whether it is done"),
                "detail", string("What is missing or where it stands; may be empty")));
        schemas.put("LowStock", object("A variant running out",
                "productId", int64("Product id"), "productName", string("Product name"), "variantId", int64("Variant id"),
                "sku", string("Variant SKU"), "label", string("Variant options; empty without options"), "stock", int32("Units left")));
        schemas.put("ShopToday", object("Today's figures (the marketplace's time zone), cancelled orders left out",
                "orders", int32("Orders received today"), "sales", ref("Money")));
        schemas.put("ShopDashboard", object("A shop's dashboard",
                "shop", ref("ShopRef"), "toAccept", int32("Orders to accept"), "toPrepare", int32("Orders accepted, to prepare"),
                "readyForPickup", int32("Orders ready for collection"), "outForDelivery", int32("Orders out for delivery"),
                "today", ref("ShopToday"), "lowStock", array(ref("LowStock"), "Fewest units first, at most 16"),
                "lowStockCount", int32("All variants running out"),
                "checklist", array(ref("ChecklistItem"), "The onboarding checklist; empty once live")));
        schemas.put("ShopOrderDeliveryAddress", object("Where the shop delivers",
                "recipient", string("Who receives it"), "street", string("Number and street"), "postalCode", string("Postal code"),
                "communeInsee", string("INSEE code of the commune"), "phone", string("Phone; may be empty"),
                "instructions", string("Delivery instructions; may be empty")));
        schemas.put("ShopOrderFulfilment", object("How the order reaches the shopper",
                "method", enumeration("Fulfilment method", List.of("CLICK_AND_COLLECT", "LOCAL_DELIVERY")),
                "address", nullableRef("ShopOrderDeliveryAddress")));
        schemas.put("ShopOrderShopper", object("Who ordered", "id", int64("Account id"), "name", string("Display name"),
                "email", string("E-mail address")));
        schemas.put("ShopOrderLine", object("A line, frozen at checkout",
                "productId", int64("Product id"), "variantId", int64("Variant id"), "productName", string("Name at checkout"),
                "variantLabel", string("Options at checkout; may be empty"), "sku", string("SKU"), "unitPrice", ref("Money"),
                "quantity", int32("Units"), "total", ref("Money")));
        schemas.put("ShopTenderShare", object("The share of one tender this order received, and what became of it",
                "provider", string("Payment provider id, e.g. sandbox-card, pay-at-pickup, voucher"),
                "position", int32("The tender's place in the shopper's list"), "amount", ref("Money"), "captured", ref("Money"),
                "released", ref("Money"), "refunded", ref("Money")));
        schemas.put("ShopOrderStep", object("A move of the order",
                "from", enumeration("Status before", ORDER_STATUSES), "to", enumeration("Status after", ORDER_STATUSES),
                "action", enumeration("What was done", ORDER_ACTIONS), "actor", string("Who: account:<id> or system:<component>"),
                "at", dateTime(), "note", string("Why; may be empty")));
        schemas.put("ShopOrderAdjustment", object("A discount (negative) or surcharge (positive) a plugin's checkout hook made to the order",
                "label", string("For people, e.g. Fidélité : 500 points"), "amount", ref("Money"),
                "source", string("The id of the plugin that made it")));
        schemas.put("ShopOrder", object("One shop's part of a shopper's order",
                "id", int64("Merchant order id"), "number", string("For people, e.g. C-000123-2"),
                "customerOrderId", int64("The shopper's whole order"), "merchantId", int64("The shop"), "merchantName", string("Shop name"),
                "status", enumeration("Status", ORDER_STATUSES), "fulfilment", ref("ShopOrderFulfilment"),
                "shopper", ref("ShopOrderShopper"), "lines", array(ref("ShopOrderLine"), "What was ordered"),
                "subtotal", ref("Money"), "deliveryFee", ref("Money"),
                "adjustments", array(ref("ShopOrderAdjustment"), "Discounts and surcharges plugins made at checkout, in order: total "
                        + "is subtotal + deliveryFee + their amounts"),
                "total", ref("Money"), "refunded", ref("Money"), "refundable", ref("Money"), "tenders", array(ref("ShopTenderShare"), "In tender order"),
                "history", array(ref("ShopOrderStep"), "Oldest first"),
                "allowedActions", array(enumeration("An action", ORDER_ACTIONS), "What the caller may do now"),
                "createdAt", dateTime()));
        schemas.put("ShopOrderPage", object("A page of a shop's orders",
                "items", array(ref("ShopOrder"), "Newest first"), "total", int32("Matching orders"),
                "page", int32("Zero-based page number"), "size", int32("Page size")));
        schemas.put("MoneyInput", BackOfficeSchemas.input("An amount in minor units", List.of("amount"),
                "amount", map("type", "integer", "format", "int64", "minimum", 0, "description", "Minor units (cents)"),
                "currency", map("type", "string", "description", "ISO 4217 code; the marketplace's (EUR) when left out")));
        schemas.put("OrderActionInput", input("A move of an order", List.of("action"),
                "action", enumeration("What to do", ORDER_ACTIONS.subList(1, ORDER_ACTIONS.size())),
                "amount", ref("MoneyInput"),
                "note", map("type", "string", "maxLength", 500, "description", "Why (sent to the shopper on cancellation and refund)")));
        schemas.put("ShopImage", object("A picture of the shop's", "key", string("Asset key"), "url", string("Address of the file"),
                "alt", string("Alternative text")));
        schemas.put("ShopVariant", object("A variant with its stock",
                "id", int64("Variant id"), "sku", string("SKU, unique in the shop"), "options", array(ref("VariantOption"), "Ordered options"),
                "price", ref("Money"), "stock", int32("Units on hand and not reserved")));
        schemas.put("ShopProduct", object("A product as its shop sees it",
                "id", int64("Product id"), "slug", string("URL name"), "name", string("Name"), "description", string("Description"),
                "categoryId", int64("Category id"), "hidden", bool("Hidden from shoppers"),
                "url", string("Its page on the site (visible to shoppers only when not hidden and the shop is live)"),
                "images", array(ref("ShopImage"), "Pictures, the first is the main one"),
                "variants", array(ref("ShopVariant"), "At least one"), "createdAt", dateTime(), "updatedAt", dateTime()));
        schemas.put("ShopProductPage", object("A page of a shop's products",
                "items", array(ref("ShopProduct"), "Newest first"), "total", int32("All the shop's products"),
                "page", int32("Zero-based page number"), "size", int32("Page size")));
        schemas.put("ImageInput", input("A picture uploaded before, with its alternative text", List.of("key", "alt"),
                "key", map("type", "string", "maxLength", 300, "description", "The key /images answered"),
                "alt", map("type", "string", "maxLength", 300, "description", "What the picture shows, for people who cannot see it")));
        schemas.put("VariantInput", input("A variant", List.of("price"),
                "sku", map("type", "string", "pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "description", "Generated when left out"),
                "options", map("type", "array", "maxItems", 5, "items", ref("VariantOption"), "description", "e.g. Taille = 42"),
                "price", ref("MoneyInput"),
                "stock", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 1_000_000, "default", 0)));
        schemas.put("ProductInput", input("A product as the shop writes it", List.of("name", "categoryId", "variants"),
                "name", map("type", "string", "maxLength", 200), "description", map("type", "string", "maxLength", 8000),
                "categoryId", map("type", "integer", "format", "int64", "minimum", 1),
                "images", map("type", "array", "maxItems", 10, "items", ref("ImageInput")),
                "variants", map("type", "array", "minItems", 1, "maxItems", 100, "items", ref("VariantInput"))));
        schemas.put("VisibilityInput", input("Hide or show", List.of("hidden"), "hidden", bool("true hides the product from shoppers")));
        schemas.put("StockInput", input("An inventory count", List.of("stock"),
                "stock", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 1_000_000)));
        schemas.put("Upload", object("A stored picture, re-encoded by the image pipeline (metadata dropped; sizes in WebP and JPEG)",
                "key", string("Asset key, to name it by in a product's images or the profile's photo"), "url", string("Address of its large JPEG"),
                "alt", string("Its alternative text, to give again with the key")));
        schemas.put("ShopAddress", object("The shop's address", "street", string("Number and street"),
                "postalCode", string("Postal code"), "communeInsee", string("INSEE code of the commune")));
        schemas.put("ShopContact", object("How shoppers reach the shop; parts may be empty",
                "email", string("E-mail"), "phone", string("Phone"), "website", string("Website")));
        schemas.put("ShopProfile", object("A shop's profile",
                "id", int64("Merchant id"), "slug", string("URL name"), "name", string("Name"), "legalId", string("SIRET"),
                "trade", string("The kind of shop"), "description", string("What shoppers read"),
                "status", enumeration("Life-cycle status", BackOfficeSchemas.MERCHANT_STATUSES), "featured", bool("Featured on the home page"),
                "address", ref("ShopAddress"), "contact", ref("ShopContact"), "openingHours", ref("OpeningHours"),
                "photo", nullableRef("ShopImage"), "categories", array(int64("Category id"), "Categories it sells in"),
                "updatedAt", dateTime()));
        schemas.put("ContactInput", input("Contact parts to change; null or empty clears one", List.of(),
                "email", map("type", "string", "nullable", true, "maxLength", 254),
                "phone", map("type", "string", "nullable", true, "maxLength", 40),
                "website", map("type", "string", "nullable", true, "maxLength", 300, "description", "Starts with http:// or https://")));
        schemas.put("OpeningHoursInput", input("Weekly hours in the marketplace's time zone: either the text form or the days, not both "
                        + "(400 on `openingHours.days`); each day gives its `ranges`, empty when it is closed", List.of(),
                "text", map("type", "string", "maxLength", 1000, "description", "e.g. Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-18:00"),
                "days", map("type", "array", "maxItems", 7, "items", ref("OpeningDay"), "description", "Days not given are closed")));
        schemas.put("ProfileInput", input("Profile fields to change", List.of(),
                "trade", map("type", "string", "maxLength", 200), "description", map("type", "string", "maxLength", 4000),
                "contact", ref("ContactInput"), "openingHours", ref("OpeningHoursInput"),
                "photo", map("nullable", true, "allOf", List.of(ref("ImageInput")), "description", "null removes the photo")));
        schemas.put("Delivery", object("The shop's own delivery round",
                "fee", ref("Money"), "communes", array(string("INSEE code"), "Communes served, sorted"),
                "freeFrom", nullableRef("Money")));
        schemas.put("Fulfilment", object("How a shop hands orders over",
                "clickAndCollect", bool("Collection at the shop"), "delivery", nullableRef("Delivery")));
        schemas.put("DeliveryInput", input("A delivery round", List.of("fee", "communes"),
                "fee", ref("MoneyInput"), "communes", map("type", "array", "minItems", 1, "items", map("type", "string")),
                "freeFrom", ref("MoneyInput")));
        schemas.put("StaffInvitation", input("Who to add to the shop's staff", List.of("email"),
                "email", map("type", "string", "maxLength", 254, "description", "Their e-mail address"),
                "displayName", map("type", "string", "minLength", 1, "maxLength", 100, "description", "Their name, for a new account")));
        schemas.put("FulfilmentInput", input("How the shop hands orders over", List.of("clickAndCollect"),
                "clickAndCollect", bool("Collection at the shop"),
                "delivery", map("nullable", true, "allOf", List.of(ref("DeliveryInput")), "description", "null or left out: no delivery")));
        schemas.put("PaymentRefusal", object("Why a way to pay cannot pay the shop",
                "code", string("Stable code, e.g. not_in_voucher_programme, card_account_not_ready"),
                "reason", string("A sentence for people, in French")));
        schemas.put("ShopPaymentMethod", object("A way to pay of the marketplace, as the shop takes it",
                "method", string("The provider id, e.g. pay-at-pickup, voucher, sandbox-card, stripe"), "name", string("Its name"),
                "accepted", bool("Whether the shop accepts it"),
                "usable", bool("Whether shoppers can pay the shop this way now: accepted, and not declined by its provider"),
                "declined", nullableRef("PaymentRefusal")));
        schemas.put("ShopPaymentMethods", object("The ways to pay the shop accepts",
                "methods", array(ref("ShopPaymentMethod"), "In the marketplace's order")));
        schemas.put("ShopPaymentMethodsInput", input("The ways to pay the shop accepts", List.of("methods"),
                "methods", map("type", "array", "minItems", 1, "maxItems", 20, "items", map("type", "string", "maxLength", 40),
                        "description", "Provider ids; the others are refused")));
        schemas.put("PayoutAccount", object("Where the shop is paid",
                "configured", bool("Whether an account is saved"), "holder", nullableString("Account holder"),
                "iban", nullableString("Masked IBAN, e.g. FR76 •••• •••• 0189"), "bic", nullableString("BIC; may be empty")));
        schemas.put("PayoutInput", input("A bank account", List.of("holder", "iban"),
                "holder", map("type", "string", "maxLength", 140), "iban", map("type", "string", "maxLength", 60),
                "bic", map("type", "string", "maxLength", 20)));
        return schemas;
    }
}
