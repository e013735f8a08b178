package io.comptoir.training.api;

/** Where a shop stands with the membership for a month. */
public enum MembershipState {
    /** The territory has no plan for that month: nothing is due. */
    NO_PLAN,
    /** The shop was not live at any time that month (applying, training or suspended): nothing is due. */
    NOT_LIVE,
    /** A waiver is in force that month: nothing is due. */
    WAIVED,
    /** The month's price is due. */
    DUE
}
