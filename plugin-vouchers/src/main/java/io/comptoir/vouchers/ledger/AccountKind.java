package io.comptoir.vouchers.ledger;

/**
 * The kinds of ledger accounts. An account is a kind, an owner and a part; amounts are signed, debits positive and
 * credits negative, and every transaction sums to zero.
 * <pre>
 * kind              owner           part                      normal   what its balance is
 * FUNDER_PLEDGE     funder          programme                 debit    what the funder pledged and has not paid yet
 * BUDGET            programme       0                         credit   subsidy budget still available
 * BUYER_MONEY       point of sale   programme                 debit    buyer money collected, not yet handed over (0: online)
 * VOUCHER           voucher         0 buyer / funder id       credit   what the voucher's holder can still spend, by source
 * HOLD              hold            0 buyer / funder id       credit   held for an online authorisation (pending)
 * MERCHANT_BUYER    merchant        point of sale (0 online)  credit   owed to the shop, paid by buyers' money
 * MERCHANT_SUBSIDY  merchant        funder                    credit   owed to the shop, paid by the funder's subsidy
 * BREAKAGE          programme       0 buyer / funder id       credit   unspent value kept at expiry
 * OPERATOR_BANK     programme       0                         debit    the operator's bank: remittances and subsidy in, shops paid out
 * </pre>
 */
public enum AccountKind {
    FUNDER_PLEDGE,
    BUDGET,
    BUYER_MONEY,
    VOUCHER,
    HOLD,
    MERCHANT_BUYER,
    MERCHANT_SUBSIDY,
    BREAKAGE,
    OPERATOR_BANK;

    /** The part of VOUCHER, HOLD and BREAKAGE accounts that holds buyers' money (funders' parts use the funder id). */
    public static final long BUYER_PART = 0;
    /** The point of sale id standing for online sales in BUYER_MONEY and MERCHANT_BUYER accounts. */
    public static final long ONLINE = 0;
}
