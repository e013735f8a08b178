package io.comptoir.vouchers.api;

/** What a ledger transaction records. */
public enum TransactionKind {
    /** Budget pledged by the funders. */
    GRANT,
    /** Budget the funders withdrew (a programme's budget set lower), within what boosted sales have not committed. */
    BUDGET_CUT,
    /** Vouchers sold (at a point of sale, online, or activated from stock). */
    SALE,
    /** A sale cancelled: the reversal of its SALE transaction. */
    SALE_CANCEL,
    /** An online authorisation put on hold (pending). */
    HOLD,
    /** A held amount captured for one shop (posted). */
    CAPTURE,
    /** A held amount given back to the voucher (voided). */
    RELEASE,
    /** An amount redeemed in store. */
    REDEMPTION,
    /** A redemption (in store or online) given back, to the voucher or to a credit voucher. */
    REFUND,
    /** The unspent value of an expired voucher, to the budget or to breakage. */
    EXPIRY,
    /** The balance of a blocked voucher moved to its replacement. */
    REISSUE,
    /** A statement paid: shops paid, cash handed over, subsidy received. */
    PAYMENT
}
