package io.comptoir.vouchers.programme;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.VoucherProgramme;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Builds a {@link VoucherProgramme} from its rows. */
final class ProgrammeAssembler {
    private ProgrammeAssembler() {
    }

    static VoucherProgramme assemble(Handle handle, ProgrammeRow row) {
        ProgrammeDao dao = handle.attach(ProgrammeDao.class);
        Currency currency = Currency.getInstance(row.currency());
        List<Denomination> denominations = dao.denominations(row.id()).stream().filter(DenominationRow::active)
                .map(d -> new Denomination(d.id(), new Money(d.face(), currency), new Money(d.price(), currency),
                        new Money(d.topUp(), currency), Optional.ofNullable(d.onlineVariantId()).map(VariantId::new)))
                .toList();
        List<FunderShare> funders = dao.funderShares(row.id()).stream().map(f -> new FunderShare(f.funderId(), f.weight())).toList();
        Set<MerchantId> in = new HashSet<>();
        Set<MerchantId> out = new HashSet<>();
        for (MerchantChoiceRow choice : dao.merchantChoices(row.id())) {
            (choice.included() ? in : out).add(new MerchantId(choice.merchantId()));
        }
        Set<CategoryId> categories = new HashSet<>();
        dao.categories(row.id()).forEach(id -> categories.add(new CategoryId(id)));
        Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
        if (row.soldAtPointsOfSale()) {
            channels.add(SalesChannel.POINT_OF_SALE);
        }
        if (row.soldOnline()) {
            channels.add(SalesChannel.ONLINE);
        }
        BuyerLimit limit = new BuyerLimit(optional(row.perSaleMaxVouchers()), optional(row.perBuyerMaxVouchers()),
                Optional.ofNullable(row.perBuyerMaxAmount()).map(amount -> new Money(amount, currency)));
        return new VoucherProgramme(row.id(), row.slug(), row.name(), row.description(), currency, row.saleOpensOn(),
                Optional.ofNullable(row.saleClosesOn()), Optional.ofNullable(row.spendUntil()), optional(row.validityMonths()),
                row.creditValidityDays(), denominations, limit, new Eligibility(row.allLiveShops(), in, out, categories), funders,
                ExpiryRule.valueOf(row.expiryRule()), channels, Duration.ofSeconds(row.cancelWindowSeconds()),
                SettlementPeriod.valueOf(row.settlementPeriod()));
    }

    static ProgrammeRow row(long id, ProgrammeDraft draft) {
        BuyerLimit limit = draft.buyerLimit();
        return new ProgrammeRow(id, draft.slug(), draft.name().strip(), draft.description().strip(), draft.currency().getCurrencyCode(),
                draft.saleOpensOn(), draft.saleClosesOn().orElse(null), draft.spendUntil().orElse(null),
                draft.validityMonths().isPresent() ? draft.validityMonths().getAsInt() : null, draft.creditValidityDays(),
                boxed(limit.vouchersPerSale()), boxed(limit.vouchersPerBuyer()), limit.amountPerBuyer().map(Money::minorUnits).orElse(null),
                draft.eligibility().allLiveShops(), draft.expiryRule().name(), draft.channels().contains(SalesChannel.POINT_OF_SALE),
                draft.channels().contains(SalesChannel.ONLINE), Math.toIntExact(draft.cancelWindow().toSeconds()),
                draft.settlementPeriod().name(), 0);
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
