package io.comptoir.vouchers.sale;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.code.CodeGenerator;
import io.comptoir.vouchers.ledger.AccountKind;
import io.comptoir.vouchers.ledger.Booking;
import io.comptoir.vouchers.ledger.Ledger;
import io.comptoir.vouchers.ledger.LedgerAccount;
import io.comptoir.vouchers.ledger.LedgerDao;
import io.comptoir.vouchers.api.TransactionKind;
import io.comptoir.vouchers.voucher.Parts;
import io.comptoir.vouchers.voucher.VoucherDao;
import io.comptoir.vouchers.voucher.VoucherRow;
import io.comptoir.vouchers.voucher.VoucherStatements;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Issues vouchers and books their sale, the same way whatever the channel (on demand at a point of sale, from stock,
 * online): one ledger transaction debits the buyer money collected and the programme's budget and credits each voucher
 * by source; then the funders' top-up is committed against the budget by a guarded single-statement update, last, so
 * that the programme's row is locked only for the end of the transaction. If the budget cannot cover it, everything
 * rolls back.
 */
public final class VoucherIssuer {
    private final Ledger ledger;
    private final MarketCalendar calendar;
    private final CodeGenerator codes;
    private final Clock clock;

    public VoucherIssuer(Ledger ledger, CodeGenerator codes, Clock clock, MarketCalendar calendar) {
        this.ledger = requireNonNull(ledger, "ledger is null");
        this.codes = requireNonNull(codes, "codes is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    /** Inserts new vouchers for a sale, with their full balance (booked by {@link #bookSale}); returns them as stored. */
    public List<VoucherRow> insertVouchers(Handle handle, VoucherProgramme programme, Denomination denomination, int quantity, long saleId,
                                           VoucherStatus status, VoucherOrigin origin, Long pointOfSale, Long holderAccount,
                                           String holderEmail, Instant at) {
        Instant expiresAt = programme.expiresAt(at, calendar.zone());
        long face = denomination.face().minorUnits();
        String currency = programme.currency().getCurrencyCode();
        Parts parts = issuedParts(programme, denomination);
        List<VoucherRow> rows = new ArrayList<>(quantity);
        for (int i = 0; i < quantity; i++) {
            String code = codes.next().value();
            long id = VoucherStatements.insert(handle, code, programme.id(), denomination.id(), face, parts, status.name(), origin.name(),
                    pointOfSale, saleId, holderAccount, holderEmail, null, at, expiresAt);
            rows.add(new VoucherRow(id, code, programme.id(), denomination.id(), face, currency, face, status.name(), origin.name(),
                    pointOfSale, saleId, null, null, holderAccount, holderEmail, null, at, expiresAt, parts.encoded()));
        }
        return rows;
    }

    /**
     * What a new voucher of the denomination holds by source: its price is buyer money, its top-up is split between the
     * funders by weight, to the cent. The sale's booking credits exactly these parts.
     */
    public static Parts issuedParts(VoucherProgramme programme, Denomination denomination) {
        TreeMap<Long, Long> parts = new TreeMap<>();
        parts.put(AccountKind.BUYER_PART, denomination.price().minorUnits());
        if (denomination.topUp().isPositive()) {
            Money[] shares = denomination.topUp().allocate(programme.funderWeights());
            for (int i = 0; i < shares.length; i++) {
                parts.merge(programme.funders().get(i).funderId(), shares[i].minorUnits(), Long::sum);
            }
        }
        return new Parts(programme.currency(), parts);
    }

    public static List<Long> ids(List<VoucherRow> rows) {
        return rows.stream().map(VoucherRow::id).toList();
    }

    /**
     * Books the sale of these vouchers and commits the top-up.
     *
     * @param moneySource the point of sale that collected the buyer's money (0: online)
     * @throws ConflictException {@code budget_exhausted} when the budget cannot cover the top-up
     */
    public long bookSale(Handle handle, VoucherProgramme programme, Denomination denomination, List<Long> vouchers, long saleId,
                         long moneySource, Actor actor) {
        long price = denomination.price().minorUnits();
        long topUp = denomination.topUp().minorUnits();
        int count = vouchers.size();
        Booking booking = new Booking("sale:" + saleId, TransactionKind.SALE, programme.id(), "sale " + saleId, actor);
        if (count == 1) {
            booking.about(vouchers.get(0));
        }
        booking.debit(LedgerAccount.buyerMoney(moneySource, programme.id()), Math.multiplyExact(price, count));
        booking.debit(LedgerAccount.budget(programme.id()), Math.multiplyExact(topUp, count));
        Parts parts = issuedParts(programme, denomination);
        for (long voucher : vouchers) {
            parts.bySource().forEach((source, part) -> booking.credit(LedgerAccount.voucher(voucher, source), part, voucher));
        }
        long transaction = ledger.post(handle, booking);
        if (topUp > 0 && !io.comptoir.vouchers.programme.BudgetStatements.commitSubsidy(handle, programme.id(), Math.multiplyExact(topUp, count))) {
            throw budgetExhausted(programme);
        }
        return transaction;
    }

    public static ConflictException budgetExhausted(VoucherProgramme programme) {
        return new ConflictException("budget_exhausted", "the budget of " + programme.name()
                + " cannot pay the top-up of another voucher: boosted vouchers are sold out (ordinary vouchers still sell)");
    }

    /**
     * Cancels a sale by reversal: the SALE transaction is reversed, the vouchers are voided (stock goes back to its point
     * of sale), the top-up goes back to the budget and the buyer's tallies are lowered. The vouchers must be locked and
     * untouched.
     */
    public void cancelSale(Handle handle, SaleRow sale, List<VoucherRow> vouchers, String reason, Actor actor) {
        Instant now = clock.instant();
        long saleTransaction = handle.attach(LedgerDao.class).transactionByKey("sale:" + sale.id())
                .orElseThrow(() -> new IllegalStateException("sale " + sale.id() + " has no ledger transaction"));
        ledger.reverse(handle, saleTransaction, new Booking("sale-cancel:" + sale.id(), TransactionKind.SALE_CANCEL, sale.programmeId(),
                "cancel sale " + sale.id(), actor));
        VoucherDao dao = handle.attach(VoucherDao.class);
        for (VoucherRow voucher : vouchers) {
            boolean done = voucher.origin().equals(VoucherOrigin.STOCK.name()) ? dao.returnToStock(voucher.id(), now) == 1
                    : dao.close(voucher.id(), voucher.face(), VoucherStatus.CANCELLED.name(),
                    List.of(VoucherStatus.ACTIVE.name(), VoucherStatus.PENDING.name()), now) == 1;
            if (!done) {
                throw new ConflictException("voucher_used", "a voucher of this sale has been used: the sale can no longer be cancelled");
            }
        }
        long subsidy = Math.multiplyExact(sale.unitTopUp(), sale.quantity());
        if (subsidy > 0) {
            io.comptoir.vouchers.programme.BudgetStatements.releaseSubsidy(handle, sale.programmeId(), subsidy);
        }
        BuyerTally.uncount(handle, sale.programmeId(), BuyerTally.keys(java.util.Optional.ofNullable(sale.buyerEmail()),
                java.util.Optional.ofNullable(sale.buyerPhone()), java.util.Optional.ofNullable(sale.buyerAccountId())),
                sale.quantity(), Math.multiplyExact(sale.unitFace(), sale.quantity()));
        handle.attach(SaleDao.class).cancel(sale.id(), reason, now);
    }

    /** Counts the vouchers against the buyer's identities (per-buyer limits), in the sale's transaction. */
    public void countBuyer(Handle handle, VoucherProgramme programme, java.util.Optional<String> email, java.util.Optional<String> phone,
                           java.util.Optional<Long> account, int quantity, long unitFace) {
        BuyerTally.count(handle, programme.id(), programme.buyerLimit(), BuyerTally.keys(email, phone, account), quantity,
                Math.multiplyExact(unitFace, quantity));
    }
}
