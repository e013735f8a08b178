package io.comptoir.app.account;

import io.comptoir.app.web.openapi.OpenApiSection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.FORBIDDEN;
import static io.comptoir.app.web.openapi.Operations.TOO_LARGE;
import static io.comptoir.app.web.openapi.Operations.TOO_MANY_ATTEMPTS;
import static io.comptoir.app.web.openapi.Operations.UNAUTHORIZED;
import static io.comptoir.app.web.openapi.Operations.UNSUPPORTED_MEDIA_TYPE;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.operation;
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

/** The caller's rights over their data: the export and the erasure of their account (RGPD articles 15, 17 and 20). */
public final class PrivacyApiSection implements OpenApiSection {
    static final String TAG = "Personal data";

    @Override
    public Map<String, String> tags() {
        return Map.of(TAG, "A person's rights over their data (RGPD articles 15, 17 and 20): everything the marketplace holds about "
                + "them, and the erasure of their account. Orders, payments and voucher ledger entries stay for the accounting "
                + "retention period (ten years unless the territory configured otherwise) with the personal fields replaced; past "
                + "that period the marketplace replaces them by itself");
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        paths.put(PrivacyApi.DATA, map("get", operation("exportMyData", TAG, "Everything held about the caller",
                "The account, every order with the addresses given, and each plugin's section (e.g. `vouchers`: the vouchers held "
                        + "and bought; `training`: the applications to join the marketplace). The same JSON the account page "
                        + "downloads. Each call is recorded in the territory's register of requests.",
                List.of(), ok("PersonalData"), UNAUTHORIZED)));
        paths.put(PrivacyApi.ERASURE, map("post", withBody(operation("eraseMyAccount", TAG, "Erases the caller's account",
                "Needs `confirm: true` (else 400 `confirmation_required` on `confirm`, and the password is not even tried) and "
                        + "the current password (400 `wrong_password` on `currentPassword`; repeated failures are throttled as "
                        + "sign-ins, 429). In one transaction the account is anonymised and can no longer sign in, every session "
                        + "ends (the caller's too: its token stops working), its cart, reset links and mails go, and its orders "
                        + "keep their amounts with the name, e-mail, phone, address and notes replaced; each plugin does the same "
                        + "to its records. Not keyed: once erased, the caller's token no longer works, so a retry cannot erase "
                        + "twice; it gets 401. `POST /api/v1/auth/me/close` only closes an account, which an admin may reopen.",
                List.of(), ok("ErasureReceipt"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_ATTEMPTS, TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "ErasureRequest")));
        schemas.putAll(schemas());
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        Map<String, Object> dateTime = map("type", "string", "format", "date-time");
        schemas.put("PersonalData", object("Everything the marketplace holds about a person, at one instant",
                "exportedAt", dateTime,
                "account", object("The account", "id", int64("Account id"), "email", string("E-mail address"),
                        "displayName", string("Name shown"), "roles", array(string("A role, e.g. SHOPPER"), "Roles held"),
                        "active", bool("Whether it can sign in"), "createdAt", dateTime),
                "orders", array(ref("PersonalDataOrder"), "Every order, newest first"),
                "sections", map("type", "object", "description", "Each plugin's part, by its name (e.g. vouchers, training)",
                        "additionalProperties", array(map("type", "object", "description", "A record: its `kind` and its fields",
                                "additionalProperties", map()), "The plugin's records"))));
        schemas.put("PersonalDataOrder", object("An order with what the shopper gave",
                "number", nullableString("Order number"), "status", string("Customer order status"), "placedAt", dateTime,
                "total", ref("Money"), "name", nullableString("The shopper's name on the order"),
                "email", nullableString("The shopper's e-mail on the order"),
                "shops", array(object("One shop's part", "number", string("Merchant order number"), "shop", string("Shop name"),
                        "status", string("Merchant order status"), "fulfilment", string("CLICK_AND_COLLECT or LOCAL_DELIVERY"),
                        "deliveryAddress", nullableRef("DeliveryAddress"),
                        "lines", array(object("A line", "product", string("Product"), "variant", string("Variant"),
                                "quantity", int32("Quantity"), "unitPrice", ref("Money")), "The lines"),
                        "total", ref("Money")), "Each shop's part")));
        schemas.put("ErasureRequest", map("type", "object", "description", "The confirmation and the password",
                "required", List.of("confirm", "currentPassword"), "properties", map(
                        "confirm", map("type", "boolean", "enum", List.of(true), "description", "true: the erasure cannot be undone"),
                        "currentPassword", string("The account's password now"))));
        schemas.put("ErasureReceipt", object("What an erasure did",
                "accountId", int64("The account erased; its id is never reused"), "erasedAt", dateTime,
                "orders", int32("The account's orders, kept for the books with their personal fields replaced")));
        return schemas;
    }
}
