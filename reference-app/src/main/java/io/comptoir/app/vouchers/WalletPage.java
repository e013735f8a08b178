package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Formats;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** {@code /mes-bons}: the vouchers delivered to the shopper's account, with balance, deadline and printable PDF. */
public final class WalletPage {
    public static final String PATH = "/mes-bons";

    private final Marketplace marketplace;
    private final PageFactory pages;

    public WalletPage(Marketplace marketplace, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::wallet, AccessRole.SIGNED_IN);
        routes.get(PATH + "/{voucherId}/bon.pdf", this::pdf, AccessRole.SIGNED_IN);
    }

    private void wallet(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        Wallet wallet = new Wallet(services, Viewer.of(ctx).requireAccount().id());
        Page page = pages.page(ctx);
        List<WalletView.Card> cards = wallet.vouchers().stream().map(voucher -> new WalletView.Card(wallet.programmeName(voucher.programmeId()),
                voucher.code().grouped(), page.money(voucher.face()), page.money(voucher.balance()), VoucherBadges.voucher(page, voucher.status()),
                voucher.expiresAt().map(end -> Formats.lastDayBefore(page, end)).orElse(""),
                PATH + "/" + voucher.id() + "/bon.pdf", page.t("wallet.pdf.label", voucher.code().lastFour()))).toList();
        ctx.header("Cache-Control", "no-store");
        PageFactory.render(ctx, "vouchers/wallet.jte", new WalletView(page, cards, BalancePage.PATH));
    }

    private void pdf(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        long id = PathParams.pageId(ctx, "voucherId");
        WalletApi.sendPdf(ctx, services.vouchers().pdf(id, Viewer.of(ctx).requireAccount().id()), id);
    }
}
