package io.comptoir.vouchers.api;

/** What becomes of the value left on a voucher when it expires. */
public enum ExpiryRule {
    /**
     * The default: the funders' unspent top-up goes back to the programme's budget (they never pay it, and it may fund
     * other vouchers while the programme sells), and the buyer's unspent money is breakage, kept by the operator.
     */
    RETURN_SUBSIDY_TO_BUDGET,
    /** Everything left is breakage, the funders' part included (their committed subsidy stays consumed). */
    ALL_TO_BREAKAGE
}
