package io.comptoir.vouchers.ledger;

import static java.util.Objects.requireNonNull;

/** One account of the ledger: see {@link AccountKind} for what owner and part mean for each kind. */
public record LedgerAccount(AccountKind kind, long owner, long part) {
    public LedgerAccount {
        requireNonNull(kind, "kind is null");
        if (owner < 0 || part < 0) {
            throw new IllegalArgumentException("account ids are not negative");
        }
    }

    public static LedgerAccount funderPledge(long funder, long programme) {
        return new LedgerAccount(AccountKind.FUNDER_PLEDGE, funder, programme);
    }

    public static LedgerAccount budget(long programme) {
        return new LedgerAccount(AccountKind.BUDGET, programme, 0);
    }

    public static LedgerAccount buyerMoney(long pointOfSaleOrOnline, long programme) {
        return new LedgerAccount(AccountKind.BUYER_MONEY, pointOfSaleOrOnline, programme);
    }

    public static LedgerAccount voucher(long voucher, long source) {
        return new LedgerAccount(AccountKind.VOUCHER, voucher, source);
    }

    public static LedgerAccount hold(long hold, long source) {
        return new LedgerAccount(AccountKind.HOLD, hold, source);
    }

    public static LedgerAccount merchantBuyer(long merchant, long pointOfSaleOrOnline) {
        return new LedgerAccount(AccountKind.MERCHANT_BUYER, merchant, pointOfSaleOrOnline);
    }

    public static LedgerAccount merchantSubsidy(long merchant, long funder) {
        return new LedgerAccount(AccountKind.MERCHANT_SUBSIDY, merchant, funder);
    }

    public static LedgerAccount breakage(long programme, long source) {
        return new LedgerAccount(AccountKind.BREAKAGE, programme, source);
    }

    public static LedgerAccount operatorBank(long programme) {
        return new LedgerAccount(AccountKind.OPERATOR_BANK, programme, 0);
    }

    @Override
    public String toString() {
        return kind + ":" + owner + ":" + part;
    }
}
