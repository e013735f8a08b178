package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.merchant.MerchantApi;
import io.comptoir.app.web.IdempotencyKeys;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.ShopAccess;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.VoucherLookup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/merchant/{merchantId}/vouchers/...}: redeeming vouchers from a till, the shop's redemptions and its
 * settlement statements. The caller must work for the shop (403 otherwise); another shop's things are 404 here.
 * A redemption needs an {@code Idempotency-Key} header: retried with the same key, it answers the first receipt.
 */
public final class MerchantVoucherApi {
    static final long MAX_AMOUNT = 100_000_000L;
    private static final long MAX_DAYS = 366;

    private final Marketplace marketplace;

    public MerchantVoucherApi(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    public void register(RoutesConfig routes) {
        String root = MerchantApi.ROOT + "/{merchantId}/vouchers";
        routes.post(root + "/lookup", this::lookup, ShopAccess.ROLES);
        routes.post(root + "/redemptions", this::redeem, ShopAccess.ROLES);
        routes.get(root + "/redemptions", this::redemptions, ShopAccess.ROLES);
        routes.get(root + "/redemptions/{redemptionId}", this::redemption, ShopAccess.ROLES);
        routes.get(root + "/statements", this::statements, ShopAccess.ROLES);
        routes.get(root + "/statements/{statementId}", this::statement, ShopAccess.ROLES);
        routes.get(root + "/statements/{statementId}/csv", this::csv, ShopAccess.ROLES);
    }

    /** The shop of the address, after checking the caller works for it. */
    private Merchant shop(Context ctx) {
        long id = PathParams.positiveId(ctx, "merchantId");
        Viewer.of(ctx).requireStaffOf(id);
        return marketplace.merchants().require(new MerchantId(id));
    }

    private void lookup(Context ctx) {
        Merchant shop = shop(ctx);
        String code = JsonBody.of(ctx).text("code", VoucherCounterPages.MAX_CODE);
        VoucherServices services = VoucherServices.of(marketplace);
        VoucherLookup lookup = Attempts.limited(() -> services.store().lookup(shop.id(), Viewer.of(ctx).requireAccount(), code, ctx.ip()));
        ctx.header("Cache-Control", "no-store");
        ctx.json(VoucherJson.Check.of(lookup, LookupRefusals.code(lookup, marketplace.clock().instant())));
    }

    private void redeem(Context ctx) {
        Merchant shop = shop(ctx);
        JsonBody body = JsonBody.of(ctx);
        String key = IdempotencyKeys.header(ctx);
        String code = body.text("code", VoucherCounterPages.MAX_CODE);
        Money amount = body.money("amount", Money.EUR, MAX_AMOUNT)
                .orElseThrow(() -> InvalidInputException.invalid("amount", "amount is required"));
        if (!amount.isPositive()) {
            throw new InvalidInputException("amount", "invalid_amount", "amount must be more than zero");
        }
        VoucherServices services = VoucherServices.of(marketplace);
        Receipt receipt = Attempts.limited(() -> services.store().redeem(new RedeemRequest(shop.id(), Viewer.of(ctx).requireAccount(),
                code, amount, key, ctx.ip())));
        ctx.status(receipt.replayed() ? 200 : 201);
        ctx.json(VoucherJson.ReceiptJson.of(receipt));
    }

    private void redemptions(Context ctx) {
        Merchant shop = shop(ctx);
        VoucherServices services = VoucherServices.of(marketplace);
        QueryParams params = new QueryParams(ctx);
        LocalDate today = marketplace.today();
        LocalDate to = params.text("to", 10).map(text -> VoucherCounterPages.day("to", text)).orElse(today);
        LocalDate from = params.text("from", 10).map(text -> VoucherCounterPages.day("from", text)).orElse(to.minusDays(30));
        if (from.isAfter(to)) {
            throw InvalidInputException.invalid("from", "from must not come after to");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw InvalidInputException.invalid("from", "at most " + MAX_DAYS + " days at once");
        }
        ctx.json(services.store().redemptionsOf(shop.id(), Viewer.of(ctx).requireAccount(), from, to).stream()
                .map(VoucherJson.RedemptionJson::of).toList());
    }

    private void redemption(Context ctx) {
        Merchant shop = shop(ctx);
        VoucherServices services = VoucherServices.of(marketplace);
        long id = PathParams.positiveId(ctx, "redemptionId");
        ctx.json(VoucherJson.RedemptionJson.of(services.store().redemption(shop.id(), Viewer.of(ctx).requireAccount(), id)
                .orElseThrow(() -> NotFoundException.of("redemption", id))));
    }

    private void statements(Context ctx) {
        Merchant shop = shop(ctx);
        VoucherServices services = VoucherServices.of(marketplace);
        StatementParties parties = new StatementParties(services, marketplace.merchants());
        ctx.json(services.settlements().statementsOf(StatementKind.MERCHANT, shop.id().value()).stream()
                .map(statement -> json(statement, parties)).toList());
    }

    private Statement statementOf(Context ctx, Merchant shop, VoucherServices services) {
        long id = PathParams.positiveId(ctx, "statementId");
        return services.settlements().statement(id)
                .filter(statement -> statement.kind() == StatementKind.MERCHANT && statement.partyId() == shop.id().value())
                .orElseThrow(() -> NotFoundException.of("statement", id));
    }

    private void statement(Context ctx) {
        Merchant shop = shop(ctx);
        VoucherServices services = VoucherServices.of(marketplace);
        Statement statement = statementOf(ctx, shop, services);
        ctx.json(new VoucherJson.StatementDetail(json(statement, new StatementParties(services, marketplace.merchants())),
                services.settlements().redemptionsOf(statement.id()).stream().map(VoucherJson.RedemptionJson::of).toList()));
    }

    private void csv(Context ctx) {
        Merchant shop = shop(ctx);
        VoucherServices services = VoucherServices.of(marketplace);
        StatementCsv.send(ctx, services, statementOf(ctx, shop, services));
    }

    /** A statement as JSON, its parties named in the platform's language (French). */
    public static VoucherJson.StatementJson json(Statement statement, StatementParties parties) {
        return VoucherJson.StatementJson.of(statement, parties.nameForApi(statement.kind(), statement.partyId()), parties::lineForApi);
    }
}
