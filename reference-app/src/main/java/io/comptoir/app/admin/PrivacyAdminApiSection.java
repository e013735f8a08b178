package io.comptoir.app.admin;

import io.comptoir.app.web.openapi.OpenApiSection;

import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.BackOfficeSchemas.PAYLOAD_TOO_LARGE;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.body;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.dateTime;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.enumeration;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.methods;
import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.CONFLICT;
import static io.comptoir.app.web.openapi.Operations.FORBIDDEN;
import static io.comptoir.app.web.openapi.Operations.NOT_FOUND;
import static io.comptoir.app.web.openapi.Operations.UNAUTHORIZED;
import static io.comptoir.app.web.openapi.Operations.UNSUPPORTED_MEDIA_TYPE;
import static io.comptoir.app.web.openapi.Operations.header;
import static io.comptoir.app.web.openapi.Operations.ok;
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

/** The territory's side of people's rights over their data: the register of requests, and an erasure for someone who asked. */
public final class PrivacyAdminApiSection implements OpenApiSection {
    private static final String TAG = "Personal data";
    private static final String ROLE = " Role: TERRITORY_ADMIN.";

    /** The tag is the account feature's, which always runs. */
    @Override
    public Map<String, String> tags() {
        return Map.of();
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        paths.put(PrivacyAdminApi.REQUESTS, methods("get", operation("listPersonalDataRequests", TAG,
                "The register of people's requests about their data, newest first",
                "Every download of a person's data and every erasure of an account, with who made it: the person "
                        + "(`byHolder`), or the admin who acted for them. The erased accounts' requests stay, under the account's "
                        + "id. `retentionYears` is how long orders and ledger entries keep personal data before the marketplace "
                        + "replaces it by itself." + ROLE,
                List.of(query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 10_000, "default", 0)),
                        query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 50))),
                ok("PersonalDataRequestPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));
        paths.put(PrivacyAdminApi.ERASURE, methods("post", body(operation("eraseAccount", TAG,
                "Erases an account for its holder, who asked by mail or at the counter",
                "What `POST /api/v1/auth/me/erasure` does, recorded under the admin's name, without the holder's password: check "
                        + "who is asking before. Needs `confirm: true` (else 400 `confirmation_required` on `confirm`) and an "
                        + "`Idempotency-Key` header (400 naming it when missing): the same key again answers the first erasure's "
                        + "receipt, 200, instead of 409. 409 `already_erased` when the account was erased by another request, "
                        + "`idempotency_key_reused` when the key erased another account, `own_account` for the admin's own."
                        + ROLE,
                List.of(pathId("accountId"), header("Idempotency-Key", true,
                        "A UUID chosen by the client; 8 to 100 letters, digits, dots, dashes, underscores or colons")),
                ok("ErasureReceipt"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "AdminErasureRequest")));
        schemas.put("PersonalDataRequest", object("A download of a person's data or an erasure of their account",
                "id", int64("Request id"), "accountId", int64("The person's account"),
                "kind", enumeration("EXPORT (a download) or ERASURE", List.of("EXPORT", "ERASURE")),
                "actor", string("Who made it, e.g. account:12"), "byHolder", bool("Whether the person made it themselves"),
                "at", dateTime()));
        schemas.put("PersonalDataRequestPage", object("A page of the register",
                "items", array(ref("PersonalDataRequest"), "Newest first"), "page", int32("Zero-based page number"),
                "size", int32("Page size"), "hasMore", bool("Whether a next page exists"),
                "retentionYears", int32("How long orders and ledger entries keep personal data")));
        schemas.put("AdminErasureRequest", map("type", "object", "description", "The confirmation", "required", List.of("confirm"),
                "properties", map("confirm", map("type", "boolean", "enum", List.of(true), "description", "true: it cannot be undone"))));
    }
}
