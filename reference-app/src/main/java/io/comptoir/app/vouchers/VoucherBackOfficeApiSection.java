package io.comptoir.app.vouchers;

import io.comptoir.app.web.openapi.OpenApiSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import static io.comptoir.app.web.openapi.Operations.UNSUPPORTED_MEDIA_TYPE;
import static io.comptoir.app.web.openapi.Operations.created;
import static io.comptoir.app.web.openapi.Operations.header;
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
 * The vouchers back-office API: a shop redeeming vouchers at its till and reading its statements
 * ({@code /api/v1/merchant/{merchantId}/vouchers}), and the territory admin running programmes, funders, points of sale,
 * pre-printed stock, lost vouchers, settlement and the audit ({@code /api/v1/admin/vouchers}).
 */
public final class VoucherBackOfficeApiSection implements OpenApiSection {
    private static final String SHOP_TAG = "Shop vouchers";
    private static final String ADMIN_TAG = "Territory vouchers";
    private static final String SHOP = "/api/v1/merchant/{merchantId}/vouchers";
    private static final String ADMIN = "/api/v1/admin/vouchers";
    private static final String STAFF_ROLE = " Role: MERCHANT_STAFF of the shop (or TERRITORY_ADMIN). 404 when the vouchers plugin does not run.";
    private static final String ADMIN_ROLE = " Role: TERRITORY_ADMIN. 404 when the vouchers plugin does not run.";
    private static final List<String> STATUSES = List.of("STOCK", "PENDING", "ACTIVE", "SPENT", "EXPIRED", "BLOCKED", "CANCELLED", "VOID");
    private static final List<String> KINDS = List.of("MERCHANT", "POINT_OF_SALE", "FUNDER");
    private static final Map.Entry<String, Object> TOO_MANY = Map.entry("429", map("description",
            "Too many wrong voucher codes from this account or client: wait (the plugin counts them in fixed windows, 15 minutes by default)",
            "content", map("application/json", map("schema", ref("Error")))));

    @Override
    public Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(SHOP_TAG, "Redeeming gift vouchers at a shop's till, its redemptions and settlement statements");
        tags.put(ADMIN_TAG, "Voucher programmes, budgets, funders, points of sale, stock, lost vouchers, settlement and audit");
        return tags;
    }

    @SafeVarargs
    private static Map<String, Object> shop(String id, String summary, String description, List<Map<String, Object>> parameters,
                                            Map.Entry<String, Object>... responses) {
        return operation(id, SHOP_TAG, summary, description + STAFF_ROLE, parameters, responses);
    }

    @SafeVarargs
    private static Map<String, Object> admin(String id, String summary, String description, List<Map<String, Object>> parameters,
                                             Map.Entry<String, Object>... responses) {
        return operation(id, ADMIN_TAG, summary, description + ADMIN_ROLE, parameters, responses);
    }

    private static Map.Entry<String, Object> csv(String description) {
        return Map.entry("200", map("description", description, "content", map("text/csv", map("schema", map("type", "string")))));
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        describeShop(paths);
        describeProgrammes(paths);
        describeStockAndSettlement(paths);
        describeNetworkAndVouchers(paths);
        schemas.putAll(schemas());
    }

    private static void describeShop(Map<String, Map<String, Object>> paths) {
        Map<String, Object> merchantId = pathId("merchantId");
        Map<String, Object> key = header("Idempotency-Key", true,
                "Chosen by the till (a UUID); 8 to 100 letters, digits, dots, dashes, underscores or colons. The same key answers the first receipt");
        paths.put(SHOP + "/lookup", methods("post", body(shop("lookupShopVoucher", "Checks a voucher at the counter",
                "The voucher's balance, programme and deadline, and whether this shop can redeem it now (`refusal`: voucher_blocked, "
                        + "voucher_expired, insufficient_balance, voucher_not_active, not_accepted_here). A mistyped or unknown code is one "
                        + "400 `invalid_code` on `code` whatever was wrong, and counts against the wrong-code limits. The code travels in the "
                        + "body, never in the address, so it stays out of logs.",
                List.of(merchantId), ok("VoucherCheck"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE, TOO_MANY), "VoucherCodeInput")));
        paths.put(SHOP + "/redemptions", methods(
                "post", body(shop("redeemShopVoucher", "Redeems an amount of a voucher at the counter",
                        "One transaction books the amount from the voucher to the shop, split between the buyer's money and each funder's "
                                + "subsidy. 201 with the receipt; retried with the same Idempotency-Key, 200 with the first receipt "
                                + "(`replayed` true) and nothing booked twice. 409: insufficient_balance (more than the balance), "
                                + "voucher_expired, voucher_blocked, voucher_not_active, not_accepted_here (the shop does not take this "
                                + "programme), idempotency_key_reused. 400 `invalid_amount` for an amount of zero or less.",
                        List.of(merchantId, key), created("VoucherReceipt"), ok("VoucherReceipt"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN,
                        NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, TOO_MANY), "RedeemInput"),
                "get", shop("listShopVoucherRedemptions", "The shop's redemptions and refunds between two days",
                        "Days of the marketplace's time zone, both included, newest first; the last 31 days by default, a year at most.",
                        List.of(merchantId, query("from", map("type", "string", "format", "date")), query("to", map("type", "string", "format", "date"))),
                        okArray("VoucherRedemption"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP + "/redemptions/{redemptionId}", methods("get", shop("getShopVoucherRedemption", "One of the shop's redemptions",
                "Another shop's is 404.", List.of(merchantId, pathId("redemptionId")), ok("VoucherRedemption"), BAD_REQUEST, UNAUTHORIZED,
                FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP + "/statements", methods("get", shop("listShopVoucherStatements", "The shop's settlement statements",
                "Every programme, newest period first: what the shop is owed, by buyers' money (per point of sale) and by subsidy (per funder).",
                List.of(merchantId), okArray("VoucherStatement"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP + "/statements/{statementId}", methods("get", shop("getShopVoucherStatement", "One of the shop's statements",
                "With the redemptions it covers. Another party's statement is 404.", List.of(merchantId, pathId("statementId")),
                ok("VoucherStatementDetail"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP + "/statements/{statementId}/csv", methods("get", shop("getShopVoucherStatementCsv", "The statement as CSV",
                "One line per ledger transaction, with references, for the accountant; voucher codes masked.",
                List.of(merchantId, pathId("statementId")), csv("The statement's transactions"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
    }

    private static void describeProgrammes(Map<String, Map<String, Object>> paths) {
        Map<String, Object> programmeId = pathId("programmeId");
        paths.put(ADMIN + "/programmes", methods(
                "get", admin("listVoucherProgrammes", "The voucher programmes", "With their budget.", List.of(),
                        okArray("VoucherProgramme"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(admin("createVoucherProgramme", "Creates a programme",
                        "409 `programme_exists` when the slug is taken; the rules between fields are checked (400 naming the field), "
                                + "and a funder, shop or category that does not exist is a 400 naming `funders`, `eligibility.optedIn`, "
                                + "`eligibility.optedOut` or `eligibility.categories`.",
                        List.of(), created("VoucherProgramme"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "ProgrammeInput")));
        paths.put(ADMIN + "/programmes/{programmeId}", methods(
                "get", admin("getVoucherProgramme", "A programme", "With its budget.", List.of(programmeId), ok("VoucherProgramme"),
                        BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(admin("updateVoucherProgramme", "Changes a programme",
                        "Denominations are matched by face and price: new ones are added, missing ones withdrawn from sale. Funders are fixed "
                                + "once budget was granted (409 `funders_fixed`). Checked as on creation (400 naming the field).",
                        List.of(programmeId), ok("VoucherProgramme"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "ProgrammeInput")));
        paths.put(ADMIN + "/programmes/{programmeId}/budget", methods("post", body(admin("grantVoucherBudget", "Adds to a programme's budget",
                "Pledged by its funders in proportion to their weights, in one ledger transaction. The same Idempotency-Key never moves "
                        + "the budget twice: retried with the same amount, 200 with the first answer; the key used for another request "
                        + "(another amount, or to set the budget: keys are shared with PUT) is 409 `idempotency_key_reused`. 409 "
                        + "`no_funders` for a programme without funders.",
                List.of(programmeId, header("Idempotency-Key", true, "A UUID chosen by the client")), ok("VoucherBudget"), BAD_REQUEST,
                UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "AmountInput"),
                "put", body(admin("setVoucherBudget", "Sets a programme's budget, higher or lower",
                        "Higher: the difference is granted by the funders (a GRANT ledger transaction); lower: it is withdrawn from them in "
                                + "proportion to their weights (a BUDGET_CUT transaction), never below what boosted sales have committed "
                                + "(409 `budget_below_committed`). The same Idempotency-Key never moves the budget twice: retried with the "
                                + "same amount, 200 with the first answer (a budget set to what it was spends its key too); the key used "
                                + "for another request (another amount, or to grant) is 409 `idempotency_key_reused`. 409 `no_funders`.",
                        List.of(programmeId, header("Idempotency-Key", true, "A UUID chosen by the client")), ok("VoucherBudget"), BAD_REQUEST,
                        UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "AmountInput")));
        paths.put(ADMIN + "/programmes/{programmeId}/dashboard", methods("get", admin("getVoucherDashboard", "A programme's dashboard",
                "Budget, subsidy consumed, vouchers sold (net of cancellations), redeemed at shops, outstanding, breakage, leverage; sales per "
                        + "day and point of sale; redemptions per shop, category and commune.",
                List.of(programmeId), ok("VoucherDashboard"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
    }

    private static void describeStockAndSettlement(Map<String, Map<String, Object>> paths) {
        Map<String, Object> programmeId = pathId("programmeId");
        Map<String, Object> batchId = pathId("batchId");
        Map<String, Object> statementId = pathId("statementId");
        paths.put(ADMIN + "/programmes/{programmeId}/batches", methods(
                "get", admin("listVoucherBatches", "A programme's pre-printed batches", "With how many are unassigned, in stock, sold, voided.",
                        List.of(programmeId), okArray("VoucherBatch"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(admin("generateVoucherBatch", "Generates a batch of pre-printed vouchers",
                        "Numbered 1 to size, worth nothing until a point of sale sells them. 1 to 200 000. 201 with the new batch; "
                                + "retried with the same Idempotency-Key (by the same admin), 200 with the first batch and nothing generated, "
                                + "however many retries arrive at once. 409 `idempotency_key_reused` when the key was used for another "
                                + "request; 409 `not_on_sale` for a programme not sold at points of sale. 400 on `Idempotency-Key` when it "
                                + "is missing or malformed.",
                        List.of(programmeId, header("Idempotency-Key", true, "A UUID chosen by the client; 8 to 100 letters, digits, dots, "
                                + "dashes, underscores or colons")),
                        created("VoucherBatch"), ok("VoucherBatch"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "BatchInput")));
        paths.put(ADMIN + "/batches/{batchId}/assignments", methods("post", body(admin("assignVoucherStock", "Hands a range to a point of sale",
                "The vouchers of the range still unassigned go to the point of sale's stock; `count` says how many.", List.of(batchId),
                ok("VoucherCount"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "RangeInput")));
        paths.put(ADMIN + "/batches/{batchId}/returns", methods("post", body(admin("returnVoucherStock", "Voids unsold stock returned",
                "The vouchers of the range still in the point of sale's stock are voided, never to be sold; `count` says how many.",
                List.of(batchId), ok("VoucherCount"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "RangeInput")));
        paths.put(ADMIN + "/batches/{batchId}/sheets", methods("get", admin("printVoucherSheets", "A range of a batch as A4 sheets to print",
                "PDF, four vouchers a page with their QR code; 2 000 vouchers at most at once.",
                List.of(batchId, query("from", map("type", "integer", "format", "int32", "minimum", 1)),
                        query("to", map("type", "integer", "format", "int32", "minimum", 1))),
                Map.entry("200", map("description", "The PDF", "content", map("application/pdf", map("schema",
                        map("type", "string", "format", "binary"))))), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ADMIN + "/programmes/{programmeId}/statements", methods(
                "get", admin("listVoucherStatements", "A programme's statements", "Newest period first, optionally of one kind and party.",
                        List.of(programmeId, query("kind", enumeration("Only statements of this kind", KINDS)),
                                query("partyId", map("type", "integer", "format", "int64", "minimum", 0,
                                        "description", "Shop, point of sale (0: online) or funder id"))),
                        okArray("VoucherStatement"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(admin("issueVoucherStatements", "Issues a period's statements",
                        "For every party with something to settle; issuing again answers the same statements. 400 `invalid_period` when "
                                + "the day does not start a period; 409 `period_not_over` until the period (and a short grace) ended.",
                        List.of(programmeId), okArray("VoucherStatement"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT,
                        PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "PeriodInput")));
        paths.put(ADMIN + "/programmes/{programmeId}/ledger", methods("get", admin("getVoucherLedgerCsv", "The programme's ledger as CSV",
                "Every transaction between two days of the marketplace's time zone (both included, a year at most), streamed.",
                List.of(programmeId, query("from", map("type", "string", "format", "date")), query("to", map("type", "string", "format", "date"))),
                csv("The ledger's transactions"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ADMIN + "/statements/{statementId}", methods("get", admin("getVoucherStatement", "A statement",
                "With the redemptions a shop's statement covers.", List.of(statementId), ok("VoucherStatementDetail"), BAD_REQUEST,
                UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ADMIN + "/statements/{statementId}/payment", methods("post", body(admin("markVoucherStatementPaid",
                "Records a statement's payment", "Books the payment once; marking it again changes nothing.", List.of(statementId),
                ok("VoucherStatement"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "PaymentInput")));
        paths.put(ADMIN + "/statements/{statementId}/csv", methods("get", admin("getVoucherStatementCsv", "A statement as CSV",
                "One line per ledger transaction, its payment included.", List.of(statementId), csv("The statement's transactions"),
                BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
    }

    private static void describeNetworkAndVouchers(Map<String, Map<String, Object>> paths) {
        Map<String, Object> posId = pathId("posId");
        Map<String, Object> voucherId = pathId("voucherId");
        paths.put(ADMIN + "/funders", methods(
                "get", admin("listVoucherFunders", "The funders", "The bodies paying the top-up.", List.of(), okArray("VoucherFunder"),
                        UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(admin("createVoucherFunder", "Adds a funder", "409 `funder_exists` when the code is taken.", List.of(),
                        created("VoucherFunder"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "FunderInput")));
        paths.put(ADMIN + "/points-of-sale", methods(
                "get", admin("listVoucherPointsOfSale", "The points of sale", "By name, with their operators.", List.of(),
                        okArray("VoucherPointOfSale"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(admin("createVoucherPointOfSale", "Adds a point of sale",
                        "In a commune of the territory; 409 `point_of_sale_exists` when the name is taken.", List.of(),
                        created("VoucherPointOfSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "PointOfSaleInput")));
        paths.put(ADMIN + "/points-of-sale/{posId}", methods("get", admin("getVoucherPointOfSale", "A point of sale", "With its operators.",
                List.of(posId), ok("VoucherPointOfSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ADMIN + "/points-of-sale/{posId}/operators", methods("post", body(admin("addVoucherOperator", "Lets an account sell here",
                "Grants the account the POINT_OF_SALE role scoped to this point of sale.", List.of(posId), ok("VoucherPointOfSale"),
                BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "OperatorInput")));
        paths.put(ADMIN + "/points-of-sale/{posId}/operator-accounts", methods("post", body(admin("inviteVoucherOperator",
                "Opens an account for a new operator",
                "Creates the account with the POINT_OF_SALE role scoped to this point of sale; the person receives a welcome mail, then "
                        + "the password link (valid one hour; the sign-in page's forgotten password sends another). 201 with the point "
                        + "of sale and its operators. 400 naming `email` or `displayName`; 409 `email_taken` when an account already uses "
                        + "the e-mail (make it an operator with addVoucherOperator instead). A refused request stores nothing.",
                List.of(posId), created("VoucherPointOfSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "OperatorAccountInput")));
        paths.put(ADMIN + "/points-of-sale/{posId}/operators/{accountId}", methods("delete", admin("removeVoucherOperator",
                "Stops an account selling here", "Takes the scoped role away. 404 `operator_not_found` for an account that "
                        + "does not sell here (unknown, or an operator of another point of sale).", List.of(posId, pathId("accountId")),
                ok("VoucherPointOfSale"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ADMIN + "/vouchers/lookup", methods("post", body(admin("findVoucherByCode", "Finds a voucher by its code",
                "For a holder who lost it; the code travels in the body. 404 `voucher_not_found` when no voucher has this code.", List.of(),
                ok("VoucherAdmin"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "VoucherCodeInput")));
        paths.put(ADMIN + "/vouchers", methods("get", admin("searchVouchers", "Lists and searches vouchers",
                "Newest first, a page at a time: pass the `next` of a page as `after` for the next one. Filters combine. 400 naming the "
                        + "parameter for a code that is neither a whole code nor four characters, or a cursor this search did not give.",
                List.of(query("programme", map("type", "integer", "format", "int64", "minimum", 1, "description", "Only this programme's")),
                        repeated("status", enumeration("A status", List.of("STOCK", "PENDING", "ACTIVE", "SPENT", "EXPIRED", "BLOCKED",
                                "CANCELLED", "VOID")), "Only these statuses"),
                        query("code", map("type", "string", "maxLength", 40, "description", "A whole code, or its last four characters")),
                        query("holder", map("type", "string", "maxLength", 254, "description", "Part of the holder's e-mail")),
                        query("pointOfSale", map("type", "integer", "format", "int64", "minimum", 1, "description", "Sold at this point of sale")),
                        query("after", map("type", "string", "maxLength", 200, "description", "The `next` cursor of the previous page")),
                        query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 200, "default", 50))),
                ok("VoucherSearchPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ADMIN + "/vouchers/{voucherId}", methods("get", admin("getVoucher", "A voucher", "Its code masked.", List.of(voucherId),
                ok("VoucherAdmin"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ADMIN + "/vouchers/{voucherId}/history", methods("get", admin("getVoucherHistory", "A voucher's history",
                "Oldest first, from the ledger: its sale, each redemption, online hold, capture, release and refund, its expiry or reissue, "
                        + "each with what it did to the balance and to what online orders hold, and the balance after.",
                List.of(voucherId), okArray("VoucherMovement"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ADMIN + "/vouchers/{voucherId}/block", methods("post", body(admin("blockVoucher", "Blocks a lost or stolen voucher",
                "It can no longer be spent; blocking it again changes nothing. 409 `voucher_not_blockable` for a voucher never sold, "
                        + "expired or cancelled.",
                List.of(voucherId), ok("VoucherAdmin"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "BlockInput")));
        paths.put(ADMIN + "/vouchers/{voucherId}/reissue", methods("post", body(admin("reissueVoucher", "Reissues a blocked voucher's balance",
                "On a new code, same programme and deadline, for the same holder, in one ledger transaction; the answer carries the new code "
                        + "in full (to hand to the holder). Reissuing again answers the same replacement. 409 `voucher_not_blocked`, "
                        + "`nothing_to_reissue`, `voucher_expired`. The body is an empty object.",
                List.of(voucherId), ok("VoucherAdmin"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "ReissueInput")));
        paths.put(ADMIN + "/audit", methods("get", admin("auditVoucherLedger", "Proves the books",
                "Every transaction and the whole ledger sum to zero, every cached balance equals its entries, redemptions equal what shops "
                        + "were credited, statements equal their lines.",
                List.of(), ok("VoucherAudit"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
    }

    private static Map<String, Object> date(String description) {
        return map("type", "string", "format", "date", "description", description);
    }

    private static Map<String, Object> nullableDate(String description) {
        return map("type", "string", "format", "date", "nullable", true, "description", description);
    }

    private static Map<String, Object> nullableDateTime(String description) {
        return map("type", "string", "format", "date-time", "nullable", true, "description", description);
    }

    private static Map<String, Object> nullableInt32(String description) {
        return map("type", "integer", "format", "int32", "nullable", true, "description", description);
    }

    private static Map<String, Object> ids(String description) {
        return array(map("type", "integer", "format", "int64", "minimum", 1), description);
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> s = new LinkedHashMap<>();
        Map<String, Object> money = ref("Money");
        s.put("VoucherCodeInput", input("A voucher code as typed or scanned", List.of("code"),
                "code", map("type", "string", "maxLength", 40, "description", "13 symbols, e.g. 7Q2K-9XHW-3MFA-C; case, dashes, O/0 and I/L/1 do not matter")));
        s.put("RedeemInput", input("A redemption at the counter", List.of("code", "amount"),
                "code", map("type", "string", "maxLength", 40, "description", "The voucher's code"),
                "amount", ref("MoneyInput")));
        s.put("VoucherCheck", object("A voucher as the counter sees it",
                "maskedCode", string("The code, all but its last symbols hidden"), "programme", string("Programme name"),
                "balance", money, "status", enumeration("Where the voucher stands", STATUSES),
                "expiresAt", nullableDateTime("End of validity (exclusive)"), "redeemable", bool("Whether this shop can redeem it now"),
                "refusal", map("type", "string", "nullable", true, "description", "Why not, as a conflict code",
                        "enum", java.util.Arrays.asList("voucher_blocked", "voucher_expired", "insufficient_balance", "voucher_not_active",
                                "not_accepted_here", null))));
        s.put("VoucherRedemption", object("A redemption (or a refund, negative)",
                "id", int64("Redemption id"), "maskedCode", string("The voucher's code, masked"), "programmeId", int64("Programme id"),
                "merchantId", int64("Shop id"), "amount", money, "buyerPart", ref("Money"), "subsidyPart", ref("Money"),
                "channel", enumeration("Where", List.of("STORE", "ONLINE")), "refundOf", nullableInt64("The redemption it refunds"),
                "at", dateTime()));
        s.put("VoucherReceipt", object("A redemption's receipt",
                "redemption", ref("VoucherRedemption"), "programme", string("Programme name"), "balanceAfter", ref("Money"),
                "expiresAt", nullableDateTime("The voucher's deadline (exclusive)"), "replayed", bool("true when the key had been used")));
        s.put("VoucherStatementLine", object("One line of a statement",
                "sourceKind", enumeration("Whose money", List.of("BUYER_MONEY", "SUBSIDY", "MERCHANT")),
                "sourceId", int64("Point of sale (0: online), funder or shop id"), "source", string("Its name"), "amount", ref("Money")));
        s.put("VoucherStatement", object("A settlement statement for one party and one period",
                "id", int64("Statement id"), "programmeId", int64("Programme id"), "kind", enumeration("Whose", KINDS),
                "partyId", int64("Shop, point of sale (0: online) or funder id"), "party", string("Its name"),
                "periodStart", date("First day"), "periodEnd", date("First day after"), "total", ref("Money"), "itemCount", int32("Transactions"),
                "issuedAt", dateTime(), "paidAt", nullableDateTime("When its payment was recorded"),
                "paymentReference", nullableString("The payment's reference"), "lines", array(ref("VoucherStatementLine"), "Who owes what")));
        s.put("VoucherStatementDetail", object("A statement with its redemptions",
                "statement", ref("VoucherStatement"), "redemptions", array(ref("VoucherRedemption"), "Those a shop's statement covers")));
        s.put("VoucherDenomination", object("A denomination", "id", int64("Denomination id"), "face", ref("Money"), "price", ref("Money"),
                "topUp", ref("Money")));
        s.put("VoucherFunderShare", object("A funder's weight", "funderId", int64("Funder id"), "weight", int64("Its weight (e.g. population)")));
        s.put("VoucherBudget", object("A programme's subsidy budget", "granted", ref("Money"), "committed", ref("Money"), "remaining", ref("Money")));
        s.put("VoucherProgramme", object("A voucher programme",
                "id", int64("Programme id"), "slug", string("URL name"), "name", string("Name"), "description", string("Description"),
                "currency", string("ISO 4217"), "saleOpensOn", date("First day of sale"), "saleClosesOn", nullableDate("Last day of sale"),
                "spendUntil", nullableDate("Last day vouchers can be spent"), "validityMonths", nullableInt32("Validity after purchase"),
                "creditValidityDays", int32("Validity of a credit voucher"), "denominations", array(ref("VoucherDenomination"), "On sale"),
                "vouchersPerSale", nullableInt32("Limit per sale"), "vouchersPerBuyer", nullableInt32("Limit per buyer"),
                "amountPerBuyer", nullableRef("Money"), "allLiveShops", bool("Open to every live shop"), "optedIn", ids("Shops opted in"),
                "optedOut", ids("Shops opted out"), "categories", ids("Categories whose shops take the vouchers"),
                "funders", array(ref("VoucherFunderShare"), "Funders of the top-up"),
                "expiryRule", enumeration("At expiry", List.of("RETURN_SUBSIDY_TO_BUDGET", "ALL_TO_BREAKAGE")),
                "channels", array(enumeration("Sales channel", List.of("POINT_OF_SALE", "ONLINE")), "Where it sells"),
                "cancelWindowMinutes", int64("How long a sale may be cancelled"),
                "settlementPeriod", enumeration("Statements", List.of("WEEK", "MONTH")), "budget", ref("VoucherBudget")));
        s.put("ProgrammeInput", input("A programme", List.of("slug", "name", "saleOpensOn", "denominations", "eligibility", "channels"),
                "slug", map("type", "string", "maxLength", 100), "name", map("type", "string", "maxLength", 200),
                "description", map("type", "string", "maxLength", 2000), "saleOpensOn", date("First day of sale"),
                "saleClosesOn", date("Last day of sale"), "spendUntil", date("Last day to spend (or validityMonths)"),
                "validityMonths", map("type", "integer", "minimum", 1, "maximum", 120), "creditValidityDays",
                map("type", "integer", "minimum", 1, "maximum", 3650, "default", 90),
                "denominations", array(input("A denomination", List.of("face"), "face", ref("MoneyInput"), "price", ref("MoneyInput")),
                        "1 to 20; price defaults to the face"),
                "buyerLimit", input("Limits", List.of(), "vouchersPerSale", map("type", "integer", "minimum", 1),
                        "vouchersPerBuyer", map("type", "integer", "minimum", 1), "amountPerBuyer", ref("MoneyInput")),
                "eligibility", input("Which shops take the vouchers", List.of(), "allLiveShops", map("type", "boolean"),
                        "optedIn", ids("Shops"), "optedOut", ids("Shops"), "categories", ids("Categories")),
                "funders", array(input("A funder's weight", List.of("funderId", "weight"), "funderId", map("type", "integer", "minimum", 1),
                        "weight", map("type", "integer", "minimum", 1)), "Who pays the top-up"),
                "expiryRule", enumeration("At expiry (default RETURN_SUBSIDY_TO_BUDGET)", List.of("RETURN_SUBSIDY_TO_BUDGET", "ALL_TO_BREAKAGE")),
                "channels", array(enumeration("Sales channel", List.of("POINT_OF_SALE", "ONLINE")), "Where it sells"),
                "cancelWindowMinutes", map("type", "integer", "minimum", 0, "maximum", 1440, "default", 15),
                "settlementPeriod", enumeration("Statements (default WEEK)", List.of("WEEK", "MONTH"))));
        s.put("AmountInput", input("An amount", List.of("amount"), "amount", ref("MoneyInput")));
        s.put("VoucherTally", object("A row of a report", "key", string("Id or code"), "label", string("For people"),
                "count", int64("How many"), "amount", ref("Money")));
        s.put("VoucherDay", object("Sales of a day", "day", date("Day of the marketplace's time zone"), "vouchers", int64("Sold"),
                "face", ref("Money"),
                "paid", ref("Money")));
        s.put("VoucherDashboard", object("A programme's figures",
                "programmeId", int64("Programme id"), "programme", string("Name"), "budget", ref("VoucherBudget"),
                "subsidyConsumed", ref("Money"), "vouchersSold", int64("Net of cancellations"), "faceSold", ref("Money"),
                "buyerMoney", ref("Money"), "redeemed", ref("Money"), "outstanding", ref("Money"), "breakage", ref("Money"),
                "leverage", nullableString("Turnover at shops per unit of subsidy consumed, a decimal"),
                "potentialLeverage", nullableString("Face value sold per unit of subsidy committed, a decimal"),
                "salesPerDay", array(ref("VoucherDay"), "Per day"), "salesPerPointOfSale", array(ref("VoucherTally"), "Per point of sale"),
                "redeemedPerShop", array(ref("VoucherTally"), "Per shop"), "redeemedPerCategory", array(ref("VoucherTally"), "Per category"),
                "redeemedPerCommune", array(ref("VoucherTally"), "Per commune")));
        s.put("BatchInput", input("A batch to generate", List.of("denominationId", "size"),
                "denominationId", map("type", "integer", "format", "int64", "minimum", 1),
                "size", map("type", "integer", "minimum", 1, "maximum", 200_000)));
        s.put("VoucherBatch", object("A batch of pre-printed vouchers", "id", int64("Batch id"), "programmeId", int64("Programme id"),
                "denominationId", int64("Denomination id"), "face", ref("Money"), "size", int32("Vouchers"), "unassigned", int32("Not handed out"),
                "inStock", int32("In a point of sale's stock"), "sold", int32("Sold"), "voided", int32("Voided"), "createdAt", dateTime()));
        s.put("RangeInput", input("A range of a batch and a point of sale", List.of("from", "to", "pointOfSaleId"),
                "from", map("type", "integer", "minimum", 1), "to", map("type", "integer", "minimum", 1),
                "pointOfSaleId", map("type", "integer", "format", "int64", "minimum", 1)));
        s.put("VoucherCount", object("How many vouchers it concerned", "count", int32("Vouchers")));
        s.put("PeriodInput", input("A period", List.of("periodStart"), "periodStart", date("Its first day (a Monday, or the 1st)")));
        s.put("PaymentInput", input("A payment", List.of("reference"), "reference", map("type", "string", "maxLength", 140)));
        s.put("VoucherFunder", object("A funder", "id", int64("Funder id"), "code", string("Code"), "name", string("Name")));
        s.put("FunderInput", input("A funder", List.of("code", "name"), "code", map("type", "string", "maxLength", 32,
                "description", "2 to 32 upper-case letters, digits, dashes or underscores"), "name", map("type", "string", "maxLength", 200)));
        s.put("VoucherOperator", object("An operator account", "id", int64("Account id"), "email", string("E-mail"),
                "displayName", string("Name")));
        s.put("VoucherPointOfSale", object("A point of sale", "id", int64("Point of sale id"), "name", string("Name"),
                "street", string("Street"), "postalCode", string("Postal code"), "communeInsee", string("INSEE code"), "phone", string("Phone"),
                "active", bool("Whether it sells"), "operators", array(ref("VoucherOperator"), "Who sells there")));
        s.put("PointOfSaleInput", input("A point of sale", List.of("name", "street", "postalCode", "communeInsee"),
                "name", map("type", "string", "maxLength", 200), "street", map("type", "string", "maxLength", 200),
                "postalCode", map("type", "string", "maxLength", 10), "communeInsee", map("type", "string", "maxLength", 10),
                "phone", map("type", "string", "maxLength", 40), "active", map("type", "boolean", "default", true)));
        s.put("OperatorInput", input("An account", List.of("accountId"), "accountId", map("type", "integer", "format", "int64", "minimum", 1)));
        s.put("OperatorAccountInput", input("The new operator", List.of("email", "displayName"),
                "email", map("type", "string", "format", "email", "maxLength", 254), "displayName", map("type", "string", "maxLength", 100)));
        s.put("ReissueInput", input("Nothing to say: an empty object", List.of()));
        s.put("BlockInput", input("Why", List.of("reason"), "reason", map("type", "string", "maxLength", 500)));
        s.put("VoucherSearchPage", object("A page of vouchers, newest first", "items", array(ref("VoucherAdmin"), "The vouchers"),
                "next", map("type", "string", "nullable", true, "description", "Pass it as `after` for the next page; null on the last")));
        s.put("VoucherMovement", object("One step of a voucher's history",
                "transactionId", int64("The ledger transaction"), "kind", enumeration("What happened", List.of("GRANT", "BUDGET_CUT", "SALE",
                        "SALE_CANCEL", "HOLD", "CAPTURE", "RELEASE", "REDEMPTION", "REFUND", "EXPIRY", "REISSUE", "PAYMENT")),
                "reference", string("What it was, e.g. redemption at merchant 12"), "balanceChange", ref("Money"), "heldChange", ref("Money"),
                "balanceAfter", ref("Money"), "actor", string("Who made it"), "at", map("type", "string", "format", "date-time")));
        s.put("VoucherAdmin", object("A voucher as the territory admin sees it",
                "id", int64("Voucher id"), "code", string("Masked, except in the answer of a reissue"), "programmeId", int64("Programme id"),
                "denominationId", nullableInt64("Denomination id"), "face", ref("Money"), "balance", ref("Money"),
                "status", enumeration("Where it stands", STATUSES),
                "origin", enumeration("How it came to be", List.of("POINT_OF_SALE", "ONLINE", "STOCK", "CREDIT", "REISSUE")),
                "pointOfSaleId", nullableInt64("Where it was sold (or is in stock)"), "saleId", nullableInt64("Its sale"),
                "batchId", nullableInt64("Its batch"), "batchNumber", nullableInt32("Its number in the batch"),
                "hasHolderAccount", bool("Its holder has an account"), "hasHolderEmail", bool("Its holder's e-mail is known"),
                "replacesVoucherId", nullableInt64("The blocked voucher it replaces"), "issuedAt", nullableDateTime("When it was sold"),
                "expiresAt", nullableDateTime("End of validity (exclusive)")));
        s.put("VoucherAudit", object("What the audit found", "ok", bool("No discrepancy"), "transactions", int64("Checked"),
                "entries", int64("Checked"), "vouchers", int64("Checked"), "problems", array(string("A discrepancy"), "Empty when the books are right")));
        return s;
    }
}
