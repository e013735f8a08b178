package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.vouchers.Requesters;
import io.comptoir.app.vouchers.VoucherServices;
import io.comptoir.app.web.JsonBody;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.Voucher;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/wallet}: the signed-in account's vouchers (bought online, credited, or added from a code bought at a point
 * of sale), and each one's printable PDF.
 */
public final class WalletApi {
    static final String ROOT = "/api/v1/wallet";
    private static final int MAX_CODE = 40;

    private final Marketplace marketplace;

    public WalletApi(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    public void register(RoutesConfig routes) {
        routes.get(ROOT, this::wallet, AccessRole.SIGNED_IN);
        routes.get(ROOT + "/{voucherId}/pdf", this::pdf, AccessRole.SIGNED_IN);
        routes.post(ROOT, this::attach, AccessRole.SIGNED_IN);
    }

    /** Adds a voucher bought at a point of sale to the wallet, by its code (counted against the wrong-code limits). */
    private void attach(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        String code = JsonBody.of(ctx).text("code", MAX_CODE);
        Voucher voucher = services.vouchers().attach(code, Viewer.of(ctx).requireAccount(), Requesters.of(ctx));
        String programme = services.programmes().programme(voucher.programmeId()).map(VoucherProgramme::name).orElse("");
        ctx.header("Cache-Control", "no-store");
        ctx.json(WalletJson.of(voucher, programme, marketplace.clock().instant(), marketplace.calendar()));
    }

    private void wallet(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        Wallet wallet = new Wallet(services, Viewer.of(ctx).requireAccount().id());
        Instant now = marketplace.clock().instant();
        ctx.header("Cache-Control", "no-store");
        ctx.json(wallet.vouchers().stream().map(v -> WalletJson.of(v, wallet.programmeName(v.programmeId()), now,
                marketplace.calendar())).toList());
    }

    private void pdf(Context ctx) {
        VoucherServices services = VoucherServices.of(marketplace);
        long id = PathParams.positiveId(ctx, "voucherId");
        sendPdf(ctx, services.vouchers().pdf(id, Viewer.of(ctx).requireAccount().id()), id);
    }

    /** A voucher's PDF carries its code: no cache keeps it. */
    static void sendPdf(Context ctx, byte[] pdf, long voucherId) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "inline; filename=\"bon-" + voucherId + ".pdf\"");
        ctx.contentType("application/pdf").result(pdf);
    }
}
