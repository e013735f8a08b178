package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.vouchers.api.BalanceCheck;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /bons/solde}: anyone holding a voucher types its code and sees its balance and deadline. The form posts, so the
 * code never appears in an address.
 */
public final class BalancePage {
    public static final String PATH = "/bons/solde";

    private final Marketplace marketplace;
    private final PageFactory pages;

    public BalancePage(Marketplace marketplace, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::form, AccessRole.ANYONE);
        routes.post(PATH, this::check, AccessRole.ANYONE);
    }

    private void form(Context ctx) {
        VoucherServices.of(marketplace);
        render(ctx, Optional.empty(), "", 200);
    }

    private void check(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        Page page = pages.page(ctx);
        String code = new FormParams(ctx).raw("code");
        try {
            if (code.isEmpty() || code.length() > 40) {
                throw new InvalidInputException("code", "invalid_code", "type the voucher's code");
            }
            BalanceCheck check = services.vouchers().checkBalance(code, Requesters.of(ctx));
            BalanceJson facts = BalanceJson.of(check, marketplace.clock().instant());
            render(ctx, Optional.of(new BalanceView.Result(check.maskedCode(), check.programmeName(), page.money(check.face()),
                    page.money(check.balance()), VoucherBadges.voucher(page, check.status()),
                    check.lastDay().map(day -> Formats.date(page, day)).orElse(""), facts.spendable())), "", 200);
        }
        catch (InvalidInputException e) {
            render(ctx, Optional.empty(), page.t("balance.error.code"), 400);
        }
        catch (ConflictException e) {
            if (!TooManyAttempts.is(e)) {
                throw e;
            }
            render(ctx, Optional.empty(), page.t("balance.error.tooMany"), 429);
        }
    }

    private void render(Context ctx, Optional<BalanceView.Result> result, String problem, int status) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/balance.jte", new BalanceView(pages.page(ctx), PATH, result, problem));
    }
}
