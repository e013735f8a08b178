package io.comptoir.app.vouchers;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.Remittance;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SaleResult;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The till ({@code /point-de-vente/{id}}): choose a voucher, take the cash, issue it; then the sale's page with the codes,
 * the A6 printout and the cancellation within the programme's window.
 */
final class TillPages {
    private final PointOfSaleBackOffice office;

    TillPages(PointOfSaleBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        String till = PosPaths.ROOT + "/{pointOfSaleId}";
        String sale = till + "/ventes/{saleId}";
        routes.get(till, this::till, PointOfSaleBackOffice.OPERATORS);
        routes.post(till + "/ventes", this::sell, PointOfSaleBackOffice.OPERATORS);
        routes.get(sale, this::sale, PointOfSaleBackOffice.OPERATORS);
        routes.get(sale + "/bons.pdf", this::printout, PointOfSaleBackOffice.OPERATORS);
        routes.post(sale + "/annulation", this::cancel, PointOfSaleBackOffice.OPERATORS);
    }

    private void till(Context ctx) {
        PointOfSale place = office.pointOfSale(ctx);
        renderTill(ctx, place, SaleForm.blank(), Notice.none(), 200);
    }

    private void sell(Context ctx) {
        PointOfSale place = office.pointOfSale(ctx);
        VoucherServices services = office.services();
        SaleForm form = SaleForm.read(ctx);
        Page page = office.page(ctx);
        try {
            Offer offer = Offers.chosen(Offers.of(services.programmes(), office.now(), office.marketplace().zone()), form.offer());
            SaleResult result = services.desk().sell(new SaleRequest(place.id(), Viewer.of(ctx).requireAccount(), offer.programme().id(),
                    offer.denomination().id(), form.parsedQuantity(), SaleForm.optional(form.buyerEmail()), SaleForm.optional(form.buyerPhone()),
                    form.checkedKey()));
            PointOfSaleBackOffice.redirectDone(ctx, PosPaths.sale(place.id(), result.sale().id()), result.replayed() ? "sale-replayed" : "vouchers-sold");
        }
        catch (InvalidInputException e) {
            renderTill(ctx, place, form.again(), Optional.of(Refusals.of(page, e)), 400);
        }
        catch (ConflictException e) {
            renderTill(ctx, place, form.again(), Optional.of(Refusals.of(page, e)), 409);
        }
    }

    private void renderTill(Context ctx, PointOfSale place, SaleForm form, Optional<Notice> notice, int status) {
        Page page = office.page(ctx);
        VoucherServices services = office.services();
        BackOfficeFrame frame = office.frame(ctx, place, VoucherNav.SELL).withNotice(notice);
        List<Offer> offers = Offers.of(services.programmes(), office.now(), office.marketplace().zone());
        List<TillView.Choice> choices = offers.stream().map(offer -> choice(page, offer,
                offer.key().equals(form.offer()) || form.offer().isEmpty() && offers.size() == 1)).toList();
        Remittance today = services.desk().remittance(place.id(), office.marketplace().today());
        String summary = page.plural("pos.today.sold", today.vouchersSold()) + " · " + page.t("pos.today.toHandOver", page.money(today.toHandOver()));
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/posTill.jte", new TillView(frame, choices, form.quantity(), form.buyerEmail(), form.buyerPhone(),
                form.saleKey(), PosPaths.sales(place.id()), summary, PosPaths.day(place.id()), PosPaths.stock(place.id())));
    }

    private static TillView.Choice choice(Page page, Offer offer, boolean checked) {
        String label = page.t("pos.offer.label", page.money(offer.denomination().face()), page.money(offer.denomination().price()));
        String note = offer.soldOut() ? page.t("pos.offer.soldOut")
                : offer.denomination().boosted() ? page.t("pos.offer.boosted", page.money(offer.denomination().topUp())) : "";
        return new TillView.Choice(offer.key(), "offer-" + offer.programme().id() + "-" + offer.denomination().id(), offer.programme().name(),
                label, note, offer.soldOut(), checked && !offer.soldOut());
    }

    private void sale(Context ctx) {
        PointOfSale place = office.pointOfSale(ctx);
        renderSale(ctx, place, office.sale(ctx, place), Notice.none(), 200);
    }

    private void renderSale(Context ctx, PointOfSale place, Sale sale, Optional<Notice> notice, int status) {
        Page page = office.page(ctx);
        VoucherProgramme programme = office.services().programmes().require(sale.programmeId());
        Instant cancelEnd = sale.soldAt().plus(programme.cancelWindow());
        boolean cancellable = sale.status() == SaleStatus.COMPLETED && office.now().isBefore(cancelEnd)
                && sale.vouchers().stream().allMatch(voucher -> voucher.balance().equals(voucher.face()));
        List<SaleView.Line> lines = sale.vouchers().stream().map(voucher -> line(page, voucher)).toList();
        BackOfficeFrame frame = office.frame(ctx, place, VoucherNav.SELL).withNotice(notice);
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/posSale.jte", new SaleView(frame, programme.name(),
                page.t("pos.offer.label", page.money(sale.unitFace()), page.money(sale.unitPrice())), sale.quantity(),
                page.money(sale.amountPaid()), page.money(sale.subsidy()), Formats.dateTime(page, sale.soldAt()), Formats.iso(page,
                        sale.soldAt()),
                VoucherBadges.sale(page, sale.status()), lines, PosPaths.printout(place.id(), sale.id()), PosPaths.cancel(place.id(), sale.id()),
                cancellable ? Formats.dateTime(page, cancelEnd) : "", PosPaths.till(place.id())));
    }

    private static SaleView.Line line(Page page, Voucher voucher) {
        return new SaleView.Line(voucher.code().grouped(), page.money(voucher.face()),
                voucher.expiresAt().map(end -> Formats.lastDayBefore(page, end)).orElse("—"),
                VoucherBadges.voucher(page, voucher.status()));
    }

    private void printout(Context ctx) {
        PointOfSale place = office.pointOfSale(ctx);
        Sale sale = office.sale(ctx, place);
        byte[] pdf = office.services().desk().printout(sale.id(), Viewer.of(ctx).requireAccount());
        sendPdf(ctx, pdf, "bons-" + sale.id() + ".pdf");
    }

    /** A PDF of vouchers: its codes are bearer secrets, so no cache keeps it. */
    static void sendPdf(Context ctx, byte[] pdf, String filename) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "inline; filename=\"" + filename + "\"");
        ctx.contentType("application/pdf").result(pdf);
    }

    private void cancel(Context ctx) {
        PointOfSale place = office.pointOfSale(ctx);
        Sale sale = office.sale(ctx, place);
        Page page = office.page(ctx);
        try {
            String reason = new FormParams(ctx).text("reason", 500);
            office.services().desk().cancel(sale.id(), Viewer.of(ctx).requireAccount(), reason.isEmpty() ? page.t("pos.cancel.defaultReason") : reason);
            PointOfSaleBackOffice.redirectDone(ctx, PosPaths.sale(place.id(), sale.id()), "sale-cancelled");
        }
        catch (InvalidInputException e) {
            renderSale(ctx, place, sale, Optional.of(Refusals.of(page, e)), 400);
        }
        catch (ConflictException e) {
            renderSale(ctx, place, office.sale(ctx, place), Optional.of(Refusals.of(page, e)), 409);
        }
    }
}
