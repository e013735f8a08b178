package io.comptoir.app.vouchers;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.VoucherProgramme;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What a point of sale can sell at an instant: the programmes on sale at points of sale, each denomination. */
public final class Offers {

    private Offers() {
    }

    public static List<VoucherProgramme> programmesOnSale(Programmes programmes, Instant now, ZoneId zone) {
        return programmes.programmes().stream().filter(p -> p.sells(SalesChannel.POINT_OF_SALE) && p.onSaleAt(now, zone)).toList();
    }

    public static List<Offer> of(Programmes programmes, Instant now, ZoneId zone) {
        List<Offer> offers = new ArrayList<>();
        for (VoucherProgramme programme : programmesOnSale(programmes, now, zone)) {
            Money remaining = programme.subsidised() ? programmes.budget(programme.id()).remaining() : null;
            for (Denomination denomination : programme.denominations()) {
                boolean soldOut = denomination.boosted() && remaining != null && remaining.compareTo(denomination.topUp()) < 0;
                offers.add(new Offer(programme, denomination, soldOut));
            }
        }
        return offers;
    }

    /**
     * The offer chosen in the till's form.
     *
     * @throws InvalidInputException {@code invalid_offer} when nothing, or something not on sale, was chosen
     */
    public static Offer chosen(List<Offer> offers, String key) {
        return offers.stream().filter(offer -> offer.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException("offer", "invalid_offer", "choose a voucher on sale"));
    }
}
