package io.comptoir.app.admin;

import io.comptoir.app.account.ErasureJson;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.IdempotencyKeys;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.privacy.PrivacyRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * People's rights over their data, for the territory's team, as JSON: the register of exports and erasures
 * ({@code GET /api/v1/admin/personal-data-requests}, the page {@code /admin/donnees-personnelles}) and the erasure of an
 * account for someone who asked by mail or at the counter ({@code POST /api/v1/admin/accounts/{accountId}/erasure}), which
 * takes an {@code Idempotency-Key}: a retry answers the first erasure's receipt.
 */
final class PrivacyAdminApi {
    static final String REQUESTS = AdminApi.ROOT + "/personal-data-requests";
    static final String ERASURE = AdminApi.ROOT + "/accounts/{accountId}/erasure";

    /** A request of the register. {@code byHolder}: the person made it; otherwise {@code actor} did for them. */
    record RequestJson(long id, long accountId, PrivacyRequest.Kind kind, String actor, boolean byHolder, Instant at) {
        static RequestJson of(PrivacyRequest request) {
            return new RequestJson(request.id(), request.person().value(), request.kind(), request.actor(),
                    request.actor().equals(Actor.account(request.person().value()).toString()), request.at());
        }
    }

    record RequestPage(List<RequestJson> items, int page, int size, boolean hasMore, int retentionYears) {
    }

    private final Marketplace marketplace;

    PrivacyAdminApi(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    void register(RoutesConfig routes) {
        routes.get(REQUESTS, this::requests, AdminBackOffice.ADMIN);
        routes.post(ERASURE, this::erase, AdminBackOffice.ADMIN);
    }

    private void requests(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        int page = params.integer("page", 0, 0, 10_000);
        int size = params.integer("size", AdminApi.DEFAULT_SIZE, 1, 100);
        List<PrivacyRequest> requests = marketplace.privacy().requests(page * size, size + 1);
        ctx.header("Cache-Control", "no-store");
        ctx.json(new RequestPage(requests.stream().limit(size).map(RequestJson::of).toList(), page, size, requests.size() > size,
                marketplace.privacy().retention().getYears()));
    }

    /**
     * The account first (404), then the request (400: the body, then the key), then the state (409): nothing is erased
     * before all of them pass.
     */
    private void erase(Context ctx) {
        AccountId person = new AccountId(PathParams.positiveId(ctx, "accountId"));
        marketplace.accounts().account(person).orElseThrow(() -> NotFoundException.of("account", person));
        JsonBody.of(ctx).confirmation("confirm", "the erasure of the account's personal data");
        String key = IdempotencyKeys.header(ctx);
        Viewer viewer = Viewer.of(ctx);
        if (viewer.requireAccount().id().equals(person)) {
            throw new ConflictException("own_account", "an admin erases their own account from POST /api/v1/auth/me/erasure, with their password");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.json(ErasureJson.of(marketplace.privacy().erase(person, viewer.actor(), key)));
    }
}
