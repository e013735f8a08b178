package io.comptoir.app.vouchers;

import io.comptoir.app.web.openapi.OpenApiSection;
import java.util.List;
import java.util.Map;

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
import static io.comptoir.app.web.openapi.Operations.UNSUPPORTED_MEDIA_TYPE;
import static io.comptoir.app.web.openapi.Operations.created;
import static io.comptoir.app.web.openapi.Operations.header;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.okArray;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Operations.pathId;
import static io.comptoir.app.web.openapi.Operations.query;
import static io.comptoir.app.web.openapi.Schemas.array;
import static io.comptoir.app.web.openapi.Schemas.bool;
import static io.comptoir.app.web.openapi.Schemas.int32;
import static io.comptoir.app.web.openapi.Schemas.int64;
import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.ref;
import static io.comptoir.app.web.openapi.Schemas.string;

/**
 * The vouchers plugin's API for points of sale (sell, print, cancel, activate stock, the day's remittance), the public
 * balance check and the shopper's wallet. Every route answers 404 {@code not_found} when the marketplace runs no
 * vouchers plugin.
 */
public final class VouchersApiSection implements OpenApiSection {
    private static final String POS = "Point of sale";
    private static final String VOUCHERS = "Vouchers";
    private static final String ROLE = " Role: POINT_OF_SALE at this point of sale (or TERRITORY_ADMIN); another point of sale's data is 403.";
    private static final String ROOT = "/api/v1/pos/{pointOfSaleId}";
    private static final List<String> VOUCHER_STATUSES = List.of("STOCK", "PENDING", "ACTIVE", "SPENT", "EXPIRED", "BLOCKED", "CANCELLED", "VOID");
    private static final Map.Entry<String, Object> TOO_MANY_CODES = Map.entry("429", map("description",
            "Too many wrong voucher codes (or balance checks) from this client or account; try again later",
            "content", map("application/json", map("schema", ref("Error")))));

    @Override
    public Map<String, String> tags() {
        return Map.of(POS, "The till of a point of sale (a tobacconist): voucher sales for cash, printouts, cancellations, remittance",
                VOUCHERS, "Territorial gift vouchers: the public balance check and the shopper's wallet");
    }

    @SafeVarargs
    private static Map<String, Object> pos(String id, String summary, String description, List<Map<String, Object>> parameters,
                                           Map.Entry<String, Object>... responses) {
        return operation(id, POS, summary, description + ROLE, parameters, responses);
    }

    private static Map.Entry<String, Object> pdf(String description) {
        return Map.entry("200", map("description", description, "content",
                map("application/pdf", map("schema", map("type", "string", "format", "binary")))));
    }

    private static Map<String, Object> nullable(String type, String format, String description) {
        return format == null ? map("type", type, "nullable", true, "description", description)
                : map("type", type, "format", format, "nullable", true, "description", description);
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        Map<String, Object> place = pathId("pointOfSaleId");
        Map<String, Object> sale = pathId("saleId");
        Map<String, Object> day = query("day", map("type", "string", "format", "date",
                "description", "A day (the marketplace's time zone), YYYY-MM-DD; today when absent"));
        Map<String, Object> key = header("Idempotency-Key", true,
                "Chosen by the till (a UUID): a retry with the same key returns the first sale (200), never a second one");

        paths.put("/api/v1/pos", methods("get", operation("listOwnPointsOfSale", POS, "The points of sale the account sells at",
                "For a territory admin, every point of sale.", List.of(), okArray("PointOfSale"), UNAUTHORIZED, FORBIDDEN)));
        paths.put(ROOT + "/programmes", methods("get", pos("listProgrammesOnSale", "The programmes on sale at points of sale now",
                "With their denominations; a boosted denomination is `soldOut` when the budget no longer covers its top-up.",
                List.of(place), okArray("ProgrammeOnSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/sales", methods(
                "post", body(pos("sellVouchers", "Sells vouchers for cash",
                        "Issues the vouchers, books the cash and commits the funders' top-up in one transaction. 409 `budget_exhausted` "
                                + "when the budget cannot cover a boosted voucher (ordinary ones still sell), `buyer_limit_reached`, "
                                + "`not_on_sale`, `point_of_sale_closed`, `idempotency_key_reused`.",
                        List.of(place, key), created("VoucherSale"), ok("VoucherSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
                        CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "SaleInput"),
                "get", pos("listDaySales", "The sales of a day, newest first", "Cancelled ones included.",
                        List.of(place, day), okArray("VoucherSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/sales/{saleId}", methods("get", pos("getVoucherSale", "A sale of this point of sale", "With its vouchers and codes.",
                List.of(place, sale), ok("VoucherSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/sales/{saleId}/cancel", methods("post", body(pos("cancelVoucherSale", "Cancels a sale",
                "Within the programme's window (15 minutes by default) and if no voucher was used: the cash and the budget are given "
                        + "back by reversal. Cancelling twice changes nothing more. 409 `cancel_window_passed` or `voucher_used`. The body may be empty.",
                List.of(place, sale), ok("VoucherSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, UNSUPPORTED_MEDIA_TYPE),
                "CancelInput")));
        paths.put(ROOT + "/sales/{saleId}/printout", methods("get", pos("printVoucherSale", "The sale's vouchers as an A6 PDF",
                "One page per voucher, with its QR code. Never cached.",
                List.of(place, sale), pdf("The PDF"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/stock-sales", methods("post", body(pos("sellStockVoucher", "Sells (activates) a pre-printed voucher of this point of sale's stock",
                "The voucher becomes spendable with the same booking as a sale on demand. 400 `invalid_code` for a mistyped code, 404 "
                        + "when the voucher is not in this point of sale's stock, 409 `already_sold`, `not_on_sale`, `budget_exhausted`.",
                List.of(place, key), created("VoucherSale"), ok("VoucherSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT,
                TOO_MANY_CODES, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "StockSaleInput")));
        paths.put(ROOT + "/remittance", methods("get", pos("getRemittance", "The cash of a day to hand over",
                "Collected minus refunded by cancellations.", List.of(place, day), ok("Remittance"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));

        paths.put("/api/v1/vouchers/balance", methods("post", body(operation("checkVoucherBalance", VOUCHERS, "The balance and deadline of a voucher",
                "Public. The code travels in the body, never in the address. Any wrong code (mistyped, unknown, unsold, cancelled) gets "
                        + "the same 400 `invalid_code` naming `code`; wrong codes and checks are limited per client address and account (429).",
                List.of(), ok("VoucherBalance"), BAD_REQUEST, TOO_MANY_CODES, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "BalanceInput")));
        paths.put("/api/v1/wallet", methods("get", operation("getWallet", VOUCHERS, "The signed-in account's vouchers",
                "Bought online, credited to the account or added from a code, newest first, with their codes.", List.of(),
                okArray("WalletVoucher"), UNAUTHORIZED),
                "post", body(operation("addToWallet", VOUCHERS, "Adds a voucher bought at a point of sale to the wallet",
                        "From its code, which counts against the wrong-code limits (429), as at checkout: any wrong code gets the same 400 "
                                + "`invalid_code` naming `code`. Adding it again changes nothing. 409 `voucher_held` when it is in another "
                                + "wallet, `voucher_not_attachable` when it can no longer be spent.",
                        List.of(), ok("WalletVoucher"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, CONFLICT, TOO_MANY_CODES, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "BalanceInput")));
        paths.put("/api/v1/wallet/{voucherId}/pdf", methods("get", operation("getWalletVoucherPdf", VOUCHERS, "A voucher of the wallet as an A6 PDF",
                "Only for its holder (404 otherwise). Never cached.", List.of(pathId("voucherId")), pdf("The PDF"), BAD_REQUEST, UNAUTHORIZED,
                NOT_FOUND)));

        schemas.put("PointOfSale", object("A point of sale",
                "id", int64("Point of sale id"), "name", string("Its name"), "street", string("Street address"),
                "postalCode", string("Postal code"), "communeInsee", string("INSEE code of its commune"), "phone", string("Phone"),
                "active", bool("Whether it sells"), "till", string("Its page in the point-of-sale back-office")));
        schemas.put("Denomination", object("A kind of voucher of a programme",
                "id", int64("Denomination id"), "face", ref("Money"), "price", ref("Money"), "topUp", ref("Money"),
                "boosted", bool("Whether the funders pay a top-up"), "soldOut", bool("A boosted denomination the remaining budget cannot cover")));
        schemas.put("ProgrammeOnSale", object("A voucher programme on sale at points of sale",
                "id", int64("Programme id"), "slug", string("URL name"), "name", string("Name"), "description", string("Description"),
                "saleClosesOn", nullable("string", "date", "Last day of sale, null when open-ended"),
                "spendUntil", nullable("string", "date", "Last day vouchers can be spent, null when they last validityMonths"),
                "validityMonths", nullable("integer", "int32", "Months a voucher is valid from its sale, or null"),
                "cancelWindowMinutes", int64("How long a sale can be cancelled"),
                "vouchersPerSale", nullable("integer", "int32", "Most vouchers in one sale, or null"),
                "denominations", array(ref("Denomination"), "On sale, in display order")));
        schemas.put("SoldVoucher", object("A voucher of a sale; its code is a bearer secret to hand to the buyer",
                "id", int64("Voucher id"), "code", string("Its code, grouped (7Q2K-9XHW-3MFA-C)"), "face", ref("Money"),
                "balance", ref("Money"), "status", enumeration("Its status", VOUCHER_STATUSES),
                "expiresAt", map("type", "string", "format", "date-time", "nullable", true, "description", "End of validity (exclusive)")));
        schemas.put("VoucherSale", object("A sale of vouchers at a point of sale",
                "id", int64("Sale id"), "pointOfSaleId", int64("Point of sale"), "programmeId", int64("Programme"),
                "denominationId", int64("Denomination"), "quantity", int32("Vouchers sold"),
                "status", enumeration("Its status", List.of("PENDING", "COMPLETED", "CANCELLED")), "soldAt", dateTime(),
                "cancelledAt", map("type", "string", "format", "date-time", "nullable", true, "description", "When cancelled"),
                "unitFace", ref("Money"), "unitPrice", ref("Money"), "amountPaid", ref("Money"), "subsidy", ref("Money"),
                "cancellableUntil", map("type", "string", "format", "date-time", "nullable", true,
                        "description", "End of the cancellation window, null once closed or cancelled"),
                "printout", string("The A6 PDF of its vouchers"), "vouchers", array(ref("SoldVoucher"), "The vouchers issued")));
        schemas.put("Remittance", object("A point of sale's cash for a day",
                "pointOfSaleId", int64("Point of sale"), "day", map("type", "string", "format", "date"),
                "vouchersSold", int32("Vouchers sold"), "vouchersCancelled", int32("Vouchers cancelled"),
                "collected", ref("Money"), "refunded", ref("Money"), "toHandOver", ref("Money")));
        schemas.put("SaleInput", input("A sale at the till", List.of("programmeId", "denominationId"),
                "programmeId", map("type", "integer", "format", "int64", "minimum", 1),
                "denominationId", map("type", "integer", "format", "int64", "minimum", 1),
                "quantity", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 1),
                "buyerEmail", map("type", "string", "maxLength", 254, "description", "For per-buyer limits and reminders"),
                "buyerPhone", map("type", "string", "maxLength", 30, "description", "For per-buyer limits")));
        schemas.put("StockSaleInput", input("The activation of a pre-printed voucher", List.of("code"),
                "code", map("type", "string", "maxLength", 40, "description", "As printed; case, dashes and spaces are ignored"),
                "buyerEmail", map("type", "string", "maxLength", 254), "buyerPhone", map("type", "string", "maxLength", 30)));
        schemas.put("CancelInput", input("Why a sale is cancelled", List.of(), "reason", map("type", "string", "maxLength", 500)));
        schemas.put("BalanceInput", input("A voucher code to check", List.of("code"), "code", map("type", "string", "maxLength", 40)));
        schemas.put("VoucherBalance", object("What anyone holding a code may learn",
                "maskedCode", string("The code with all but its last symbols hidden"), "programme", string("Programme name"),
                "face", ref("Money"), "balance", ref("Money"), "status", enumeration("Its status", VOUCHER_STATUSES),
                "spendable", bool("Whether it can be spent now"),
                "expiresAt", map("type", "string", "format", "date-time", "nullable", true, "description", "End of validity (exclusive)"),
                "lastDay", map("type", "string", "format", "date", "nullable", true, "description",
                        "Last day it can be spent (the marketplace's time zone)")));
        schemas.put("WalletVoucher", object("A voucher held by the account",
                "id", int64("Voucher id"), "code", string("Its code, grouped"), "programmeId", int64("Programme"), "programme", string("Programme name"),
                "face", ref("Money"), "balance", ref("Money"), "status", enumeration("Its status", VOUCHER_STATUSES),
                "spendable", bool("Whether it can be spent now"),
                "issuedAt", map("type", "string", "format", "date-time", "nullable", true),
                "expiresAt", map("type", "string", "format", "date-time", "nullable", true),
                "lastDay", map("type", "string", "format", "date", "nullable", true), "pdf", string("Its A6 PDF")));
    }
}
