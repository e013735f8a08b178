package io.comptoir.app.vouchers;

import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.BudgetStatus;
import io.comptoir.vouchers.api.DailySales;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.ProgrammeDashboard;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementLine;
import io.comptoir.vouchers.api.Tally;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherLookup;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.AuditReport;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.BudgetStatus;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.VoucherLookup;
import io.comptoir.vouchers.api.DailySales;
import io.comptoir.vouchers.api.ProgrammeDashboard;
import io.comptoir.vouchers.api.Tally;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementLine;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherMovement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The vouchers back-office API's JSON shapes. Codes are always masked, except the new code of a reissued voucher. */
public final class VoucherJson {

    private VoucherJson() {
    }

    public record Check(String maskedCode, String programme, Money balance, String status, Instant expiresAt, boolean redeemable,
                        String refusal) {
        public static Check of(VoucherLookup lookup, java.util.Optional<String> refusalCode) {
            return new Check(lookup.maskedCode(), lookup.programmeName(), lookup.balance(), lookup.status().name(),
                    lookup.expiresAt().orElse(null), lookup.redeemable(), refusalCode.orElse(null));
        }
    }

    public record RedemptionJson(long id, String maskedCode, long programmeId, long merchantId, Money amount, Money buyerPart,
                                 Money subsidyPart, String channel, Long refundOf, Instant at) {
        public static RedemptionJson of(Redemption r) {
            return new RedemptionJson(r.id(), r.maskedCode(), r.programmeId(), r.merchant().value(), r.amount(), r.buyerPart(),
                    r.subsidyPart(), r.channel().name(), r.refundOf().orElse(null), r.at());
        }
    }

    public record ReceiptJson(RedemptionJson redemption, String programme, Money balanceAfter, Instant expiresAt, boolean replayed) {
        public static ReceiptJson of(Receipt receipt) {
            return new ReceiptJson(RedemptionJson.of(receipt.redemption()), receipt.programmeName(), receipt.balanceAfter(),
                    receipt.expiresAt().orElse(null), receipt.replayed());
        }
    }

    public record LineJson(String sourceKind, long sourceId, String source, Money amount) {
    }

    public record StatementJson(long id, long programmeId, String kind, long partyId, String party, LocalDate periodStart,
                                LocalDate periodEnd, Money total, int itemCount, Instant issuedAt, Instant paidAt,
                                String paymentReference, List<LineJson> lines) {
        public static StatementJson of(Statement s, String party, java.util.function.Function<StatementLine, String> source) {
            return new StatementJson(s.id(), s.programmeId(), s.kind().name(), s.partyId(), party, s.periodStart(), s.periodEnd(),
                    s.total(), s.itemCount(), s.issuedAt(), s.paidAt().orElse(null), s.paymentReference().orElse(null),
                    s.lines().stream().map(l -> new LineJson(l.sourceKind(), l.sourceId(), source.apply(l), l.amount())).toList());
        }
    }

    public record StatementDetail(StatementJson statement, List<RedemptionJson> redemptions) {
    }

    public record DenominationJson(long id, Money face, Money price, Money topUp) {
        public static DenominationJson of(Denomination d) {
            return new DenominationJson(d.id(), d.face(), d.price(), d.topUp());
        }
    }

    public record ShareJson(long funderId, long weight) {
        public static ShareJson of(FunderShare share) {
            return new ShareJson(share.funderId(), share.weight());
        }
    }

    public record BudgetJson(Money granted, Money committed, Money remaining) {
        public static BudgetJson of(BudgetStatus budget) {
            return new BudgetJson(budget.granted(), budget.committed(), budget.remaining());
        }
    }

    public record ProgrammeJson(long id, String slug, String name, String description, String currency, LocalDate saleOpensOn,
                                LocalDate saleClosesOn, LocalDate spendUntil, Integer validityMonths, int creditValidityDays,
                                List<DenominationJson> denominations, Integer vouchersPerSale, Integer vouchersPerBuyer,
                                Money amountPerBuyer, boolean allLiveShops, List<Long> optedIn, List<Long> optedOut,
                                List<Long> categories, List<ShareJson> funders, String expiryRule, List<String> channels,
                                long cancelWindowMinutes, String settlementPeriod, BudgetJson budget) {
        public static ProgrammeJson of(VoucherProgramme p, BudgetStatus budget) {
            return new ProgrammeJson(p.id(), p.slug(), p.name(), p.description(), p.currency().getCurrencyCode(), p.saleOpensOn(),
                    p.saleClosesOn().orElse(null), p.spendUntil().orElse(null),
                    p.validityMonths().isPresent() ? p.validityMonths().getAsInt() : null, p.creditValidityDays(),
                    p.denominations().stream().map(DenominationJson::of).toList(),
                    p.buyerLimit().vouchersPerSale().isPresent() ? p.buyerLimit().vouchersPerSale().getAsInt() : null,
                    p.buyerLimit().vouchersPerBuyer().isPresent() ? p.buyerLimit().vouchersPerBuyer().getAsInt() : null,
                    p.buyerLimit().amountPerBuyer().orElse(null), p.eligibility().allLiveShops(),
                    p.eligibility().optedIn().stream().map(id -> id.value()).sorted().toList(),
                    p.eligibility().optedOut().stream().map(id -> id.value()).sorted().toList(),
                    p.eligibility().categories().stream().map(id -> id.value()).sorted().toList(),
                    p.funders().stream().map(ShareJson::of).toList(), p.expiryRule().name(),
                    p.channels().stream().map(Enum::name).sorted().toList(), p.cancelWindow().toMinutes(), p.settlementPeriod().name(),
                    BudgetJson.of(budget));
        }
    }

    public record FunderJson(long id, String code, String name) {
        public static FunderJson of(Funder f) {
            return new FunderJson(f.id(), f.code(), f.name());
        }
    }

    public record OperatorJson(long id, String email, String displayName) {
    }

    public record PointOfSaleJson(long id, String name, String street, String postalCode, String communeInsee, String phone,
                                  boolean active, List<OperatorJson> operators) {
        public static PointOfSaleJson of(PointOfSale pos, List<OperatorJson> operators) {
            return new PointOfSaleJson(pos.id(), pos.name(), pos.address().street(), pos.address().postalCode(),
                    pos.address().communeInsee(), pos.phone(), pos.active(), operators);
        }
    }

    public record BatchJson(long id, long programmeId, long denominationId, Money face, int size, int unassigned, int inStock,
                            int sold, int voided, Instant createdAt) {
        public static BatchJson of(Batch b) {
            return new BatchJson(b.id(), b.programmeId(), b.denominationId(), b.face(), b.size(), b.unassigned(), b.inStock(), b.sold(),
                    b.voided(), b.createdAt());
        }
    }

    public record CountJson(int count) {
    }

    /** An admin's view of a voucher. {@code code} is the full code only for a voucher just reissued, masked otherwise. */
    public record VoucherAdminJson(long id, String code, long programmeId, Long denominationId, Money face, Money balance,
                                   String status, String origin, Long pointOfSaleId, Long saleId, Long batchId, Integer batchNumber,
                                   boolean hasHolderAccount, boolean hasHolderEmail, Long replacesVoucherId, Instant issuedAt,
                                   Instant expiresAt) {
        public static VoucherAdminJson of(Voucher v, boolean fullCode) {
            return new VoucherAdminJson(v.id(), fullCode ? v.code().grouped() : v.code().masked(), v.programmeId(),
                    v.denominationId().orElse(null), v.face(), v.balance(), v.status().name(), v.origin().name(),
                    v.pointOfSaleId().orElse(null), v.saleId().orElse(null), v.batchId().orElse(null), v.batchNumber().orElse(null),
                    v.holderAccount().isPresent(), v.holderEmail().isPresent(), v.replacesVoucherId().orElse(null),
                    v.issuedAt().orElse(null), v.expiresAt().orElse(null));
        }
    }

    /** @param next the cursor of the next page ({@code after}), null on the last one */
    public record VoucherPageJson(List<VoucherAdminJson> items, String next) {
    }

    /** One step of a voucher's history. */
    public record MovementJson(long transactionId, String kind, String reference, Money balanceChange, Money heldChange,
                               Money balanceAfter, String actor, Instant at) {
        public static MovementJson of(VoucherMovement m) {
            return new MovementJson(m.transactionId(), m.kind().name(), m.reference(), m.balanceChange(), m.heldChange(), m.balanceAfter(),
                    m.actor(), m.at());
        }
    }

    public record TallyJson(String key, String label, long count, Money amount) {
        public static TallyJson of(Tally t) {
            return new TallyJson(t.key(), t.label(), t.count(), t.amount());
        }
    }

    public record DayJson(LocalDate day, long vouchers, Money face, Money paid) {
        public static DayJson of(DailySales d) {
            return new DayJson(d.day(), d.vouchers(), d.face(), d.paid());
        }
    }

    public record DashboardJson(long programmeId, String programme, BudgetJson budget, Money subsidyConsumed, long vouchersSold,
                                Money faceSold, Money buyerMoney, Money redeemed, Money outstanding, Money breakage,
                                String leverage, String potentialLeverage, List<DayJson> salesPerDay,
                                List<TallyJson> salesPerPointOfSale, List<TallyJson> redeemedPerShop,
                                List<TallyJson> redeemedPerCategory, List<TallyJson> redeemedPerCommune) {
        public static DashboardJson of(ProgrammeDashboard d) {
            return new DashboardJson(d.programmeId(), d.programmeName(), BudgetJson.of(d.budget()), d.subsidyConsumed(), d.vouchersSold(),
                    d.faceSold(), d.buyerMoney(), d.redeemed(), d.outstanding(), d.breakage(), d.leverage().map(BigDecimal::toPlainString).orElse(null),
                    d.potentialLeverage().map(BigDecimal::toPlainString).orElse(null), d.salesPerDay().stream().map(DayJson::of).toList(),
                    d.salesPerPointOfSale().stream().map(TallyJson::of).toList(), d.redeemedPerShop().stream().map(TallyJson::of).toList(),
                    d.redeemedPerCategory().stream().map(TallyJson::of).toList(), d.redeemedPerCommune().stream().map(TallyJson::of).toList());
        }
    }

    public record AuditJson(boolean ok, long transactions, long entries, long vouchers, List<String> problems) {
        public static AuditJson of(AuditReport report) {
            return new AuditJson(report.ok(), report.transactions(), report.entries(), report.vouchers(), report.problems());
        }
    }
}
