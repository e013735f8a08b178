package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.Remittance;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** {@code /point-de-vente/{id}/journee?jour=2026-11-27}: the day's sales and the cash to hand over (the remittance). */
final class DayPage {
    private final PointOfSaleBackOffice office;

    DayPage(PointOfSaleBackOffice office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(PosPaths.ROOT + "/{pointOfSaleId}/journee", this::day, PointOfSaleBackOffice.OPERATORS);
    }

    private void day(Context ctx) {
        PointOfSale place = office.pointOfSale(ctx);
        VoucherServices services = office.services();
        LocalDate day = Days.of(new QueryParams(ctx).text("jour", 20), "jour", office.marketplace().today());
        Page page = office.page(ctx);
        Remittance remittance = services.desk().remittance(place.id(), day);
        Map<Long, String> programmeNames = new HashMap<>();
        List<Sale> sales = services.desk().salesOf(place.id(), day);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(page.i18n().locale()).withZone(page.zone());
        List<DayView.Row> rows = sales.stream().map(sale -> new DayView.Row(time.format(sale.soldAt()), Formats.iso(page, sale.soldAt()),
                PosPaths.sale(place.id(), sale.id()),
                programmeNames.computeIfAbsent(sale.programmeId(), id -> services.programmes().programme(id).map(VoucherProgramme::name).orElse("")),
                page.money(sale.unitFace()), sale.quantity(), page.money(sale.amountPaid()), VoucherBadges.sale(page, sale.status()))).toList();
        BackOfficeFrame frame = office.frame(ctx, place, VoucherNav.DAY);
        String base = PosPaths.day(place.id()) + "?jour=";
        PageFactory.render(ctx, "vouchers/posDay.jte", new DayView(frame, Formats.date(page, day), day.toString(), remittance.vouchersSold(),
                remittance.vouchersCancelled(), page.money(remittance.collected()), page.money(remittance.refunded()),
                page.money(remittance.toHandOver()), rows, base + day.minusDays(1), base + day.plusDays(1), PosPaths.day(place.id())));
    }
}
