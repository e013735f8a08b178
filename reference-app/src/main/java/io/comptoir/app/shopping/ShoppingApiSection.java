package io.comptoir.app.shopping;

import io.comptoir.app.web.openapi.OpenApiSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.CONFLICT;
import static io.comptoir.app.web.openapi.Operations.FORBIDDEN;
import static io.comptoir.app.web.openapi.Operations.ID;
import static io.comptoir.app.web.openapi.Operations.NOT_FOUND;
import static io.comptoir.app.web.openapi.Operations.TOO_LARGE;
import static io.comptoir.app.web.openapi.Operations.UNAUTHORIZED;
import static io.comptoir.app.web.openapi.Operations.UNSUPPORTED_MEDIA_TYPE;
import static io.comptoir.app.web.openapi.Operations.created;
import static io.comptoir.app.web.openapi.Operations.header;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Operations.pathId;
import static io.comptoir.app.web.openapi.Operations.query;
import static io.comptoir.app.web.openapi.Operations.withBody;
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

/** Shopping: the cart, checkout, the shopper's orders, and the payment processors' webhooks. */
public final class ShoppingApiSection implements OpenApiSection {
    private static final Map<String, Object> PREFER_WAIT = header("Prefer", false, "`wait=N` (RFC 7240): wait up to N seconds "
            + "(at most 20) for a pending card payment to settle before answering; `Preference-Applied` says when it was honoured. "
            + "A `wait` that is not a whole number of seconds is ignored, as RFC 7240 has servers do with preferences they do not "
            + "understand");
    private static final List<String> MERCHANT_ORDER_STATUSES = List.of("PENDING_PAYMENT", "PLACED", "ACCEPTED", "READY_FOR_PICKUP",
            "OUT_FOR_DELIVERY", "COLLECTED", "DELIVERED", "CANCELLED", "REFUNDED");
    private static final List<String> ACTIONS = List.of("PLACE", "ACCEPT", "MARK_READY", "MARK_COLLECTED", "SEND_OUT", "MARK_DELIVERED",
            "CANCEL", "REFUND", "MARK_PAID");

    @Override
    public Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Cart", "The caller's cart: a signed-in shopper's, or a guest's kept by the comptoir_cart cookie");
        tags.put("Checkout", "Paying the cart: one order, split into one part per shop");
        tags.put("Orders", "The signed-in shopper's own orders");
        tags.put("Payments", "Webhooks of the payment processors");
        return tags;
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        Map<String, Object> variantId = pathId("variantId");
        paths.put("/api/v1/cart", map("get", operation("getCart", "Cart", "Reads the cart",
                "Prices and stock are checked at every read: a line whose price moved, whose stock fell below its quantity (the "
                        + "quantity is lowered) or which is no longer for sale (the line goes) is reported once in `notices`. "
                        + "A caller without a cart reads an empty one.",
                List.of(), ok("Cart"))));
        paths.put("/api/v1/cart/lines", map("post", withBody(operation("addToCart", "Cart", "Adds units of a variant",
                "Adds to the variant's line if there is one. A guest without a cart gets the comptoir_cart cookie (60 days). "
                        + "409 `insufficient_stock` beyond the stock, `cart_full` beyond 100 lines; 404 for a variant not for sale.",
                List.of(), ok("Cart"), BAD_REQUEST, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "CartLineAddition")));
        paths.put("/api/v1/cart/lines/{variantId}", map(
                "put", withBody(operation("setCartQuantity", "Cart", "Sets a line's quantity",
                        "Adds the line if the cart has none for the variant; 0 removes it (404 if there is none).",
                        List.of(variantId), ok("Cart"), BAD_REQUEST, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                        "CartQuantity"),
                "delete", operation("removeFromCart", "Cart", "Removes a line", "404 `cart_line_not_found` when the cart has no such line.",
                        List.of(variantId), ok("Cart"), BAD_REQUEST, FORBIDDEN, NOT_FOUND)));
        paths.put("/api/v1/checkout", map("post", withBody(operation("checkout", "Checkout", "Pays the signed-in shopper's cart",
                "One fulfilment choice per shop (shops left out are collected), then the tenders in order: vouchers (provider "
                        + "`voucher`, detail `code`, when the vouchers plugin runs), then `sandbox-card` (detail `card`) or "
                        + "`pay-at-pickup` for the rest. Payment at pickup needs every shop's part to be collected (400 "
                        + "`pay_at_pickup_needs_collection`). A tender never pays a shop that refuses its way to pay (its staff's "
                        + "choice, or its provider's: see GET /api/v1/checkout/payment-options): a shop that refuses every way to pay "
                        + "given is a 409 `payment_method_refused` whose `details` say why for each tender, and a tender no shop it "
                        + "could pay accepts a 400 `tender_unusable` on `tenders[i]`; nothing is held. A card payment is confirmed asynchronously: the order is then "
                        + "PENDING_PAYMENT until the processor's webhook arrives; read it again with GET /api/v1/orders/{id}, "
                        + "or send `Prefer: wait=N` to be answered once it settles. "
                        + "The same Idempotency-Key always answers the same order: 201 the first time, 200 on a replay. "
                        + "400 names the field at fault, e.g. `tenders[1].amount` for an amount the tender cannot pay in full, "
                        + "`tenders[0].details.card` for a card number that is not one (`invalid_card`), `tenders[0].details.code` "
                        + "for a voucher code refused (`invalid_code`, `voucher_expired`...), `unknown_field` for a detail its way "
                        + "to pay does not take. "
                        + "409: `cart_empty`, `cart_changed` (with the changes in `details`; read the cart, then retry), "
                        + "`insufficient_stock`, `tenders_do_not_cover`, `payment_method_refused`, `payment_declined`, "
                        + "`idempotency_key_reused`, `checkout_in_progress`.",
                List.of(header("Idempotency-Key", true, "A UUID chosen by the client; 8 to 100 letters, digits, dots, dashes, underscores or colons"),
                        PREFER_WAIT),
                created("Order"), ok("Order"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, CONFLICT, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "CheckoutRequest")));
        paths.put("/api/v1/checkout/payment-options", map("get", operation("getPaymentOptions", "Checkout",
                "Which shops of the basket refuse which way to pay, and why",
                "Every way to pay of the marketplace for the signed-in shopper's basket: `acceptedByEveryShop`, and each shop that "
                        + "refuses it with the reason's `code` (`refused_by_shop`: the shop's own choice; `not_in_voucher_programme`, "
                        + "`card_account_not_ready`: its provider's) and a `message` in the reader's language (`?lang=`, the `lang` "
                        + "cookie, `Accept-Language`). A voucher (`partial`) pays the shops that take it, another way pays the rest, "
                        + "which must be accepted by every shop it pays. `splitSuggested` when no way to pay the rest suits every shop: "
                        + "`splitAdvice` says what each shop accepts, to order from them separately. Payment at pickup also needs every "
                        + "shop's part to be collected. Reading the basket here reports its `notices`, as GET /api/v1/cart does.",
                List.of(), ok("PaymentOptions"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));
        paths.put("/api/v1/orders", map("get", operation("listOrders", "Orders", "The shopper's orders, newest first", "",
                List.of(query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 10_000, "default", 0)),
                        query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 50, "default", 20))),
                ok("OrderPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));
        paths.put("/api/v1/orders/{id}", map("get", operation("getOrder", "Orders", "Reads one of the shopper's orders",
                "Another shopper's order is not found, like one that does not exist. With `Prefer: wait=N`, an order whose payment "
                        + "is pending is answered once the payment settles (placed or PAYMENT_FAILED), or as it stands after N seconds: "
                        + "a client waiting for a card processor's confirmation asks once instead of polling.",
                List.of(ID, PREFER_WAIT), ok("Order"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put("/api/v1/orders/{id}/cancel", map("post", operation("cancelOrder", "Orders", "Cancels the whole order",
                "Every shop's part in one call, or none: 409 `order_not_cancellable` when a shop has already taken its part on "
                        + "(`details` names those parts; cancel the others one by one) or when the payment is not settled. Parts "
                        + "already cancelled stay so; the stock returns and every tender is released. Answers the whole order.",
                List.of(ID), ok("Order"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put("/api/v1/orders/{id}/merchant-orders/{merchantOrderId}/cancel", map("post", operation("cancelMerchantOrder", "Orders",
                "Cancels a shop's part of the order",
                "Only before the shop accepts it (409 `illegal_transition` after): the stock returns and the part's share of each "
                        + "tender is released. Answers the whole order.",
                List.of(ID, pathId("merchantOrderId")), ok("Order"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put("/api/v1/payments/{provider}/webhook", map("post", operation("paymentWebhook", "Payments",
                "Receives a payment processor's notification",
                "The raw body and the headers go to the provider, which checks the signature (the sandbox card: header "
                        + "Sandbox-Signature: t=<unix seconds>,v1=<HMAC-SHA256 hex of t.body>). No session or CSRF token. 400 `webhook_rejected` for an untrusted or unreadable "
                        + "notification; 404 for an unknown provider, or a payment not known yet (processors retry).",
                List.of(map("name", "provider", "in", "path", "required", true,
                        "schema", map("type", "string", "pattern", "^[a-z][a-z0-9-]{0,39}$"))),
                ok("WebhookReceipt"), BAD_REQUEST, NOT_FOUND, TOO_LARGE)));
        schemas.putAll(schemas());
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("CartLine", object("A line of the cart, as it stands now",
                "variantId", int64("Variant id"), "productId", int64("Product id"), "productName", string("Product name"),
                "variantLabel", string("The variant's options for people; empty without options"), "sku", string("Stock-keeping unit"),
                "unitPrice", ref("Money"), "quantity", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 99),
                "available", int32("Units in stock"), "total", ref("Money"),
                "image", nullableString("Address of the product's first picture"), "productUrl", string("The product's page")));
        schemas.put("CartShop", object("The lines of one shop",
                "merchant", ref("MerchantRef"), "lines", array(ref("CartLine"), "In the order they were added"),
                "subtotal", ref("Money")));
        schemas.put("CartNotice", object("Something that changed since the cart was last read, said once",
                "kind", map("type", "string", "enum", List.of("PRICE_CHANGED", "QUANTITY_REDUCED", "NO_LONGER_AVAILABLE")),
                "variantId", int64("Variant id"), "productName", string("Product name"),
                "previousPrice", nullableRef("Money"), "currentPrice", nullableRef("Money"),
                "previousQuantity", int32("Quantity before"), "currentQuantity", int32("Quantity now (0 when the line went)")));
        schemas.put("Cart", object("A cart",
                "itemCount", int32("Units in the cart"), "total", ref("Money"),
                "shops", array(ref("CartShop"), "Shops in the order their first line was added"),
                "notices", array(ref("CartNotice"), "What changed since the last read")));
        schemas.put("PaymentOptionRefusal", object("A shop of the basket that refuses a way to pay",
                "merchantId", int64("The shop"), "merchantName", string("Its name"),
                "code", string("Why: refused_by_shop (its own choice), or its provider's code (not_in_voucher_programme, card_account_not_ready…)"),
                "message", string("Why, in the reader's language, e.g. « La boutique Le Rucher n’accepte pas le paiement au retrait. »")));
        schemas.put("PaymentOptionMethod", object("A way to pay for the basket",
                "provider", string("The tender's provider at checkout, e.g. pay-at-pickup, voucher, sandbox-card, stripe"),
                "name", string("Its name, in the reader's language"),
                "partial", bool("A voucher: it pays the shops that take it, another way pays the rest"),
                "acceptedByEveryShop", bool("Whether every shop of the basket accepts it"),
                "refusals", array(ref("PaymentOptionRefusal"), "The shops that refuse it, in the basket's order")));
        schemas.put("PaymentOptions", object("The ways to pay for the basket",
                "methods", array(ref("PaymentOptionMethod"), "In the marketplace's order"),
                "splitSuggested", bool("No way to pay the rest suits every shop: order from them separately"),
                "splitAdvice", array(string("What one shop accepts, e.g. « Le Rucher accepte : paiement au retrait »"),
                        "One line per shop when splitSuggested, else empty"),
                "notices", array(ref("CartNotice"), "What changed in the cart since it was last read")));
        schemas.put("CartLineAddition", object("Units of a variant to add",
                "variantId", map("type", "integer", "format", "int64", "minimum", 1),
                "quantity", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 99)));
        schemas.put("CartQuantity", object("A line's new quantity; 0 removes the line",
                "quantity", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 99)));
        schemas.put("DeliveryAddress", object("Where a shop delivers",
                "recipient", map("type", "string", "maxLength", 200), "street", map("type", "string", "maxLength", 300),
                "postalCode", map("type", "string", "pattern", "^[0-9]{5}$"),
                "communeInsee", string("INSEE code of a commune the shop's delivery round serves"),
                "phone", map("type", "string", "maxLength", 40), "instructions", map("type", "string", "maxLength", 500)));
        Map<String, Object> choice = object("How one shop's part reaches the shopper",
                "method", map("type", "string", "enum", List.of("CLICK_AND_COLLECT", "LOCAL_DELIVERY")),
                "address", ref("DeliveryAddress"));
        choice.put("required", List.of("method"));
        schemas.put("FulfilmentChoice", choice);
        Map<String, Object> tender = object("One way to pay part of the basket. Its `amount` (minor units; the currency may be "
                        + "left out and is otherwise the marketplace's) is exactly what it pays, never a ceiling: an amount beyond a voucher's "
                        + "balance (`amount_above_capacity`) or beyond what the basket leaves it to pay at the shops it may pay "
                        + "(`amount_not_payable`) is a 400 naming `tenders[i].amount`. Without an amount, a tender pays as much as it can "
                        + "of what is still due.",
                "provider", string("Payment provider id: voucher, sandbox-card, stripe (the card on Stripe Checkout: follow the payment's approvalUrl), pay-at-pickup"),
                "amount", ref("MoneyInput"),
                "details", map("type", "object", "additionalProperties", map("type", "string", "maxLength", 200),
                        "description", "What the provider needs: `code` for a voucher, `card` (the number) for the sandbox card, "
                                + "nothing for pay-at-pickup and stripe; any other detail is a 400 `unknown_field`"));
        tender.put("required", List.of("provider"));
        schemas.put("TenderRequest", tender);
        Map<String, Object> request = object("What to pay with, and how each shop's part reaches the shopper",
                "fulfilment", map("type", "object", "additionalProperties", ref("FulfilmentChoice"),
                        "description", "By merchant id; shops left out are collected"),
                "tenders", map("type", "array", "items", ref("TenderRequest"), "minItems", 1, "maxItems", 10,
                        "description", "In the order they pay"));
        request.put("required", List.of("tenders"));
        schemas.put("CheckoutRequest", request);
        schemas.put("OrderFulfilment", object("How a shop's part reaches the shopper",
                "method", map("type", "string", "enum", List.of("CLICK_AND_COLLECT", "LOCAL_DELIVERY")),
                "address", nullableRef("DeliveryAddress")));
        schemas.put("OrderLine", object("A line, as it was at checkout",
                "variantId", int64("Variant id"), "productId", int64("Product id"), "productName", string("Product name"),
                "variantLabel", string("Options"), "sku", string("Stock-keeping unit"), "unitPrice", ref("Money"),
                "quantity", int32("Units"), "total", ref("Money")));
        schemas.put("TenderShare", object("How much of one tender went to this shop, and what became of it",
                "paymentId", int64("Payment id"), "provider", string("Provider id"), "label", string("What people see, e.g. Carte •••• 4242"),
                "position", int32("The tender's place in the shopper's list"), "amount", ref("Money"),
                "captured", ref("Money"), "released", ref("Money"), "refunded", ref("Money")));
        schemas.put("StatusChange", object("One step of a shop's part",
                "from", map("type", "string", "enum", MERCHANT_ORDER_STATUSES), "to", map("type", "string", "enum", MERCHANT_ORDER_STATUSES),
                "action", map("type", "string", "enum", ACTIONS),
                "by", map("type", "string", "enum", List.of("shopper", "staff", "system")),
                "at", map("type", "string", "format", "date-time"), "note", string("Why, if said")));
        schemas.put("OrderAdjustment", object("A discount (negative) or surcharge (positive) a plugin's checkout hook made to a shop's part",
                "label", string("For people, e.g. Fidélité : 500 points"), "amount", ref("Money"),
                "source", string("The id of the plugin that made it")));
        schemas.put("MerchantOrder", object("The part of an order one shop fulfils",
                "id", int64("Merchant order id"), "number", string("e.g. C-000123-2"), "merchant", ref("MerchantRef"),
                "status", map("type", "string", "enum", MERCHANT_ORDER_STATUSES), "fulfilment", ref("OrderFulfilment"),
                "lines", array(ref("OrderLine"), "The shop's lines"), "subtotal", ref("Money"), "deliveryFee", ref("Money"),
                "adjustments", array(ref("OrderAdjustment"), "Discounts and surcharges plugins made at checkout, in order: total is subtotal + deliveryFee + their amounts"),
                "total", ref("Money"), "refunded", ref("Money"),
                "tenders", array(ref("TenderShare"), "The tenders that pay it; their amounts sum to total"),
                "history", array(ref("StatusChange"), "Oldest first"),
                "allowedActions", array(map("type", "string", "enum", ACTIONS), "What the shopper may do now (CANCEL before acceptance)"),
                "createdAt", map("type", "string", "format", "date-time")));
        schemas.put("Payment", object("One tender of the order",
                "id", int64("Payment id"), "position", int32("Place in the shopper's list"), "provider", string("Provider id"),
                "label", string("What people see"),
                "status", map("type", "string", "enum", List.of("PENDING", "AUTHORISED", "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED",
                        "VOIDED", "FAILED")),
                "amount", ref("Money"), "captured", ref("Money"), "released", ref("Money"), "refunded", ref("Money"),
                "failureReason", nullableString("Why it failed"),
                "approvalUrl", nullableString("While pending: where the shopper approves it on the processor's own page (the card typed on "
                        + "Stripe Checkout), to be opened in their browser; the processor then sends them back to the order's page")));
        schemas.put("Order", object("A shopper's order over the whole basket",
                "id", int64("Order id"), "number", string("e.g. C-000123"),
                "status", map("type", "string", "enum", List.of("PENDING_PAYMENT", "PLACED", "PAYMENT_FAILED")),
                "total", ref("Money"), "createdAt", map("type", "string", "format", "date-time"),
                "failureReason", nullableString("Why the payment failed (the cart was restored)"),
                "merchantOrders", array(ref("MerchantOrder"), "One per shop"),
                "payments", array(ref("Payment"), "The tenders, in order")));
        schemas.put("OrderPage", object("A page of orders",
                "items", array(ref("Order"), "Newest first"), "page", int32("Zero-based page number"), "size", int32("Page size"),
                "hasMore", bool("Whether an older page exists")));
        schemas.put("WebhookReceipt", object("The notification was applied (or had been already)", "received", bool("Always true")));
        return schemas;
    }
}
