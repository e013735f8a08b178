package io.comptoir.app.vouchers;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.SaleResult;
import io.comptoir.vouchers.api.StockSaleRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * {@code /point-de-vente/{id}/stock}: sells a pre-printed voucher of the point of sale's booklets. Typing (or scanning)
 * its code activates it: it is worth nothing until then.
 */
final class StockPage {
    private final PointOfSaleBackOffice office;

    StockPage(PointOfSaleBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        String path = PosPaths.ROOT + "/{pointOfSaleId}/stock";
        routes.get(path, this::form, PointOfSaleBackOffice.OPERATORS);
        routes.post(path, this::activate, PointOfSaleBackOffice.OPERATORS);
    }

    private void form(Context ctx) {
        PointOfSale place = office.pointOfSale(ctx);
        render(ctx, place, new TillStockView.Form("", "", "", UUID.randomUUID().toString()), Notice.none(), 200);
    }

    private void activate(Context ctx) {
        PointOfSale place = office.pointOfSale(ctx);
        FormParams params = new FormParams(ctx);
        TillStockView.Form form = new TillStockView.Form(params.raw("code"), params.raw("buyerEmail"), params.raw("buyerPhone"), params.raw("saleKey"));
        Page page = office.page(ctx);
        TillStockView.Form again = new TillStockView.Form(form.code(), form.buyerEmail(), form.buyerPhone(), UUID.randomUUID().toString());
        try {
            if (form.code().isEmpty() || form.code().length() > 40) {
                throw new InvalidInputException("code", "invalid_code", "type the code printed on the voucher");
            }
            if (form.saleKey().isEmpty() || form.saleKey().length() > 100) {
                throw new InvalidInputException("saleKey", "invalid_idempotency_key", "the form lost its sale key: reload the page");
            }
            SaleResult result = office.services().stock().sell(new StockSaleRequest(place.id(), Viewer.of(ctx).requireAccount(), form.code(),
                    SaleForm.optional(form.buyerEmail()), SaleForm.optional(form.buyerPhone()), form.saleKey()));
            PointOfSaleBackOffice.redirectDone(ctx, PosPaths.sale(place.id(), result.sale().id()), result.replayed() ? "sale-replayed" : "voucher-activated");
        }
        catch (InvalidInputException e) {
            render(ctx, place, again, Optional.of(Refusals.of(page, e)), 400);
        }
        catch (NotFoundException e) {
            // Another point of sale's voucher, or an unknown one: the same words as a mistyped code.
            render(ctx, place, again, Optional.of(Refusals.of(page, new InvalidInputException("code", "not_in_stock", e.getMessage()))), 404);
        }
        catch (ConflictException e) {
            render(ctx, place, again, Optional.of(Refusals.of(page, e)), 409);
        }
    }

    private void render(Context ctx, PointOfSale place, TillStockView.Form form, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, place, VoucherNav.STOCK).withNotice(notice);
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/posStock.jte", new TillStockView(frame, form, PosPaths.stock(place.id())));
    }
}
