package io.comptoir.app.vouchers;

import io.comptoir.app.merchant.ShopPaths;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.IdempotencyKeys;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.app.web.backoffice.ShopAccess;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.VoucherLookup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Redeeming a voucher at the counter ({@code /espace-commercant/{merchantId}/bons}): the staff type or scan the code, see
 * what is left on it, its programme and deadline, redeem an amount and get a receipt. The amount form carries an
 * idempotency key, so sending it twice (a double click, a refresh) redeems once. Wrong codes get one message whatever
 * was wrong, and the plugin limits them.
 */
final class VoucherCounterPages {
    static final int MAX_CODE = 40;
    private static final int LIST_DAYS = 31;

    private final ShopVoucherPages office;

    VoucherCounterPages(ShopVoucherPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        String root = ShopPaths.ROOT + "/{merchantId}/bons";
        routes.get(root, this::counter, ShopAccess.ROLES);
        routes.post(root + "/verifier", this::check, ShopAccess.ROLES);
        routes.post(root + "/encaisser", this::redeem, ShopAccess.ROLES);
        routes.get(root + "/encaissements", this::redemptions, ShopAccess.ROLES);
        routes.get(root + "/encaissements/{redemptionId}", this::receipt, ShopAccess.ROLES);
    }

    private VoucherServices services() {
        return VoucherServices.of(office.marketplace());
    }

    private void counter(Context ctx) {
        Merchant shop = office.shop(ctx);
        services();
        render(ctx, shop, "", Optional.empty(), Notice.none(), 200);
    }

    private void check(Context ctx) {
        Merchant shop = office.shop(ctx);
        VoucherServices services = services();
        String code = new FormParams(ctx).raw("code");
        try {
            if (code.length() > MAX_CODE) {
                throw new InvalidInputException("code", "invalid_code", "unknown or mistyped voucher code");
            }
            VoucherLookup lookup = Attempts.limited(() -> services.store().lookup(shop.id(), Viewer.of(ctx).requireAccount(), code, ctx.ip()));
            render(ctx, shop, code, Optional.of(card(ctx, lookup, code, "")), Notice.none(), 200);
        }
        catch (InvalidInputException e) {
            render(ctx, shop, code, Optional.empty(), Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
        catch (TooManyRequestsResponse e) {
            render(ctx, shop, "", Optional.empty(), Optional.of(Notice.problem(office.page(ctx).t("vo.conflict.too_many_attempts"))), 429);
        }
    }

    private void redeem(Context ctx) {
        Merchant shop = office.shop(ctx);
        VoucherServices services = services();
        FormParams form = new FormParams(ctx);
        String code = form.raw("code");
        String amountText = form.raw("amount");
        Page page = office.page(ctx);
        try {
            if (code.length() > MAX_CODE) {
                throw new InvalidInputException("code", "invalid_code", "unknown or mistyped voucher code");
            }
            String key = IdempotencyKeys.check("key", form.raw("key"));
            Money amount = amountText.isEmpty() ? failAmount() : FormParams.parseMoney("amount", amountText, Money.EUR);
            Receipt receipt = Attempts.limited(() -> services.store().redeem(new RedeemRequest(shop.id(), Viewer.of(ctx).requireAccount(),
                    code, amount, key, ctx.ip())));
            ShopVoucherPages.redirectDone(ctx, VoucherShopPaths.redemption(shop.id(), receipt.redemption().id()),
                    receipt.replayed() ? "voucher-replayed" : "voucher-redeemed");
        }
        catch (InvalidInputException e) {
            Notice notice = new Problems(page).of(e);
            if ("code".equals(e.field().orElse(""))) {
                render(ctx, shop, code, Optional.empty(), Optional.of(notice), 400);
                return;
            }
            again(ctx, shop, services, code, amountText, notice, 400);
        }
        catch (ConflictException e) {
            again(ctx, shop, services, code, amountText, new Problems(page).of(e), 409);
        }
        catch (TooManyRequestsResponse e) {
            render(ctx, shop, "", Optional.empty(), Optional.of(Notice.problem(page.t("vo.conflict.too_many_attempts"))), 429);
        }
    }

    private static Money failAmount() {
        throw new InvalidInputException("amount", "invalid_amount", "amount is required");
    }

    /** The voucher again, with a fresh key, after a refused redemption. */
    private void again(Context ctx, Merchant shop, VoucherServices services, String code, String amount, Notice notice, int status) {
        try {
            VoucherLookup lookup = Attempts.limited(() -> services.store().lookup(shop.id(), Viewer.of(ctx).requireAccount(), code, ctx.ip()));
            render(ctx, shop, code, Optional.of(card(ctx, lookup, code, amount)), Optional.of(notice), status);
        }
        catch (InvalidInputException | TooManyRequestsResponse e) {
            render(ctx, shop, "", Optional.empty(), Optional.of(notice), status);
        }
    }

    private VoucherCardView card(Context ctx, VoucherLookup lookup, String code, String amount) {
        Page page = office.page(ctx);
        Optional<String> refusal = LookupRefusals.code(lookup, office.marketplace().clock().instant())
                .map(reason -> page.t("vo.conflict." + reason, lookup.programmeName()));
        return new VoucherCardView(lookup.maskedCode(), lookup.programmeName(), page.money(lookup.balance()),
                lookup.expiresAt().map(at -> Formats.dateTime(page, at)).orElse("—"), VoucherBadges.voucher(page, lookup.status()), refusal,
                code, IdempotencyKeys.fresh(), amount);
    }

    private void render(Context ctx, Merchant shop, String code, Optional<VoucherCardView> card, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, shop).withNotice(notice);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        PageFactory.render(ctx, "vouchers/office/counter.jte", new CounterView(frame, card.isPresent() ? "" : code, card, VoucherShopPaths.counter(shop.id()),
                VoucherShopPaths.check(shop.id()), VoucherShopPaths.redeem(shop.id()), VoucherShopPaths.redemptions(shop.id()),
                VoucherShopPaths.statements(shop.id())));
    }

    private void redemptions(Context ctx) {
        Merchant shop = office.shop(ctx);
        VoucherServices services = services();
        QueryParams params = new QueryParams(ctx);
        LocalDate today = office.marketplace().today();
        LocalDate to = params.text("au", 10).map(text -> day("au", text)).orElse(today);
        LocalDate from = params.text("du", 10).map(text -> day("du", text)).orElse(to.minusDays(LIST_DAYS - 1));
        if (from.isAfter(to)) {
            throw InvalidInputException.invalid("du", "the first day comes before the last");
        }
        Page page = office.page(ctx);
        List<Redemption> found = services.store().redemptionsOf(shop.id(), Viewer.of(ctx).requireAccount(), from, to);
        List<RedemptionRow> rows = found.stream().map(r -> RedemptionRow.of(page, r, programmeName(services, r.programmeId()),
                VoucherShopPaths.redemption(shop.id(), r.id()))).toList();
        Money total = found.stream().map(Redemption::amount).reduce(Money.zero(Money.EUR), Money::plus);
        PageFactory.render(ctx, "vouchers/office/redemptions.jte", new RedemptionListView(office.frame(ctx, shop),
                from.toString(), to.toString(), rows, page.money(total), VoucherShopPaths.redemptions(shop.id()),
                VoucherShopPaths.counter(shop.id())));
    }

    static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        }
        catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.invalid(field, field + " must be a day written 2026-11-24, got '" + text + "'");
        }
    }

    private static String programmeName(VoucherServices services, long programmeId) {
        return services.programmes().programme(programmeId).map(p -> p.name()).orElse("#" + programmeId);
    }

    private void receipt(Context ctx) {
        Merchant shop = office.shop(ctx);
        VoucherServices services = services();
        long id = PathParams.pageId(ctx, "redemptionId");
        Redemption redemption = services.store().redemption(shop.id(), Viewer.of(ctx).requireAccount(), id)
                .orElseThrow(() -> NotFoundException.of("redemption", id));
        Page page = office.page(ctx);
        var voucher = services.vouchers().voucher(redemption.voucherId());
        PageFactory.render(ctx, "vouchers/office/receipt.jte", new ReceiptView(office.frame(ctx, shop),
                RedemptionRow.of(page, redemption, programmeName(services, redemption.programmeId()), ""), shop.name(),
                voucher.map(v -> page.money(v.balance())).orElse("—"),
                voucher.flatMap(v -> v.expiresAt()).map(at -> Formats.dateTime(page, at)).orElse("—"),
                VoucherShopPaths.counter(shop.id()), VoucherShopPaths.redemptions(shop.id())));
    }
}
