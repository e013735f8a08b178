package io.comptoir.app.vouchers;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.VoucherProgramme;

import java.util.List;
import java.util.stream.Collectors;

/** A programme's rules in words: what it sells, when, until when, to whom, who pays the top-up. */
public record ProgrammeFacts(String slug, String denominations, String saleWindow, String deadline, String buyerLimit,
                             String eligibility, List<String> funders, String channels, String expiry, String settlement) {
    public ProgrammeFacts {
        funders = List.copyOf(funders);
    }

    static ProgrammeFacts of(Page page, VoucherProgramme p, VoucherServices services, Marketplace marketplace) {
        long totalWeight = p.funders().stream().mapToLong(FunderShare::weight).sum();
        List<String> funders = p.funders().stream().map(share -> page.t("vo.programme.funderShare",
                services.programmes().funder(share.funderId()).map(f -> f.name()).orElse("#" + share.funderId()),
                percent(share.weight(), totalWeight), page.number(share.weight()))).toList();
        String deadline = p.spendUntil().map(day -> page.t("vo.programme.until", Formats.date(page, day))).orElse("")
                + (p.spendUntil().isPresent() && p.validityMonths().isPresent() ? " · " : "")
                + (p.validityMonths().isPresent() ? page.t("vo.programme.validity", p.validityMonths().getAsInt()) : "");
        String limit = p.buyerLimit().vouchersPerSale().isPresent() ? page.t("vo.programme.perSale", p.buyerLimit().vouchersPerSale().getAsInt())
                : page.t("vo.programme.noLimit");
        if (p.buyerLimit().vouchersPerBuyer().isPresent()) {
            limit += " · " + page.t("vo.programme.perBuyer", p.buyerLimit().vouchersPerBuyer().getAsInt());
        }
        if (p.buyerLimit().amountPerBuyer().isPresent()) {
            limit += " · " + page.t("vo.programme.amountPerBuyer", page.money(p.buyerLimit().amountPerBuyer().get()));
        }
        String eligibility = p.eligibility().allLiveShops()
                ? page.t("vo.programme.allShops") + (p.eligibility().optedOut().isEmpty() ? ""
                : " " + page.t("vo.programme.except", shops(marketplace, p.eligibility().optedOut())))
                : page.t("vo.programme.someShops", page.number(p.eligibility().optedIn().size()), page.number(p.eligibility().categories().size()));
        String channels = p.channels().stream().map(c -> page.t("vo.channelSale." + c.name())).sorted().collect(Collectors.joining(", "));
        return new ProgrammeFacts(p.slug(), denominations(page, p), saleWindow(page, p), deadline, limit, eligibility, funders, channels,
                page.t("vo.expiry." + p.expiryRule().name()), page.t("vo.settlement." + p.settlementPeriod().name()));
    }

    private static String shops(Marketplace marketplace, java.util.Set<MerchantId> ids) {
        return ids.stream().map(id -> marketplace.merchants().merchant(id).map(m -> m.name()).orElse("#" + id.value())).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String percent(long weight, long total) {
        return java.math.BigDecimal.valueOf(weight * 100).divide(java.math.BigDecimal.valueOf(Math.max(total, 1)), 1,
                java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    static String denominations(Page page, VoucherProgramme p) {
        return p.denominations().stream().map(d -> d.boosted() ? page.t("vo.programme.boosted", page.money(d.face()), page.money(d.price()))
                : page.money(d.face())).collect(Collectors.joining(" · "));
    }

    static String saleWindow(Page page, VoucherProgramme p) {
        return p.saleClosesOn().map(last -> page.t("vo.programme.saleFromTo", Formats.date(page, p.saleOpensOn()), Formats.date(page, last)))
                .orElse(page.t("vo.programme.saleFrom", Formats.date(page, p.saleOpensOn())));
    }
}
