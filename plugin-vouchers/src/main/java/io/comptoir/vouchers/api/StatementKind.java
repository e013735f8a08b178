package io.comptoir.vouchers.api;

/** Who a statement is for. */
public enum StatementKind {
    /** A shop: what it is owed for the vouchers it took, split by source. */
    MERCHANT,
    /** A point of sale (0: online sales): the buyers' cash it collected, to hand over. */
    POINT_OF_SALE,
    /** A funder: the subsidy the shops consumed, to pay. */
    FUNDER
}
