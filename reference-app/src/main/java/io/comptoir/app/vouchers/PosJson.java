package io.comptoir.app.vouchers;

import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.Remittance;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The point-of-sale API's JSON bodies. Codes appear in full: the till prints them for the buyer. */
final class PosJson {

    private PosJson() {
    }

    record PointOfSaleJson(long id, String name, String street, String postalCode, String communeInsee, String phone, boolean active,
                           String till) {
        static PointOfSaleJson of(PointOfSale place) {
            return new PointOfSaleJson(place.id(), place.name(), place.address().street(), place.address().postalCode(),
                    place.address().communeInsee(), place.phone(), place.active(), PosPaths.till(place.id()));
        }
    }

    record DenominationJson(long id, Money face, Money price, Money topUp, boolean boosted, boolean soldOut) {
    }

    record ProgrammeJson(long id, String slug, String name, String description, LocalDate saleClosesOn, LocalDate spendUntil,
                         Integer validityMonths, long cancelWindowMinutes, Integer vouchersPerSale, List<DenominationJson> denominations) {
        static ProgrammeJson of(VoucherProgramme programme, List<Offer> offers) {
            List<DenominationJson> denominations = offers.stream().filter(offer -> offer.programme().id() == programme.id())
                    .map(offer -> new DenominationJson(offer.denomination().id(), offer.denomination().face(), offer.denomination().price(),
                            offer.denomination().topUp(), offer.denomination().boosted(), offer.soldOut())).toList();
            return new ProgrammeJson(programme.id(), programme.slug(), programme.name(), programme.description(),
                    programme.saleClosesOn().orElse(null), programme.spendUntil().orElse(null),
                    programme.validityMonths().isPresent() ? programme.validityMonths().getAsInt() : null,
                    programme.cancelWindow().toMinutes(),
                    programme.buyerLimit().vouchersPerSale().isPresent() ? programme.buyerLimit().vouchersPerSale().getAsInt() : null,
                    denominations);
        }
    }

    record SoldVoucherJson(long id, String code, Money face, Money balance, String status, Instant expiresAt) {
        static SoldVoucherJson of(Voucher voucher) {
            return new SoldVoucherJson(voucher.id(), voucher.code().grouped(), voucher.face(), voucher.balance(), voucher.status().name(),
                    voucher.expiresAt().orElse(null));
        }
    }

    /**
     * @param cancellableUntil the end of the cancellation window, null once it closed or the sale is cancelled
     */
    record SaleJson(long id, long pointOfSaleId, long programmeId, long denominationId, int quantity, String status, Instant soldAt,
                    Instant cancelledAt, Money unitFace, Money unitPrice, Money amountPaid, Money subsidy, Instant cancellableUntil,
                    String printout, List<SoldVoucherJson> vouchers) {
        static SaleJson of(Sale sale, VoucherProgramme programme, Instant now) {
            long place = sale.pointOfSaleId().orElse(0L);
            Instant end = sale.soldAt().plus(programme.cancelWindow());
            boolean open = sale.status() == io.comptoir.vouchers.api.SaleStatus.COMPLETED && now.isBefore(end);
            return new SaleJson(sale.id(), place, sale.programmeId(), sale.denominationId(), sale.quantity(), sale.status().name(),
                    sale.soldAt(), sale.cancelledAt().orElse(null), sale.unitFace(), sale.unitPrice(), sale.amountPaid(), sale.subsidy(),
                    open ? end : null, "/api/v1/pos/" + place + "/sales/" + sale.id() + "/printout",
                    sale.vouchers().stream().map(SoldVoucherJson::of).toList());
        }
    }

    record RemittanceJson(long pointOfSaleId, LocalDate day, int vouchersSold, int vouchersCancelled, Money collected, Money refunded,
                          Money toHandOver) {
        static RemittanceJson of(Remittance remittance) {
            return new RemittanceJson(remittance.pointOfSaleId(), remittance.day(), remittance.vouchersSold(), remittance.vouchersCancelled(),
                    remittance.collected(), remittance.refunded(), remittance.toHandOver());
        }
    }
}
