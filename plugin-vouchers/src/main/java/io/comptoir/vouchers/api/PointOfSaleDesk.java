package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The till of a point of sale: sell vouchers, print them, cancel a sale, the day's remittance. */
public interface PointOfSaleDesk {

    /**
     * Sells vouchers: one short transaction issues them, books the buyer's cash and commits the funders' top-up.
     *
     * @throws NotFoundException when the operator does not sell at that point of sale, or for an unknown programme or
     *         denomination
     * @throws InvalidInputException naming the field: quantity (1 to the per-sale limit), buyerEmail, buyerPhone,
     *         idempotencyKey
     * @throws ConflictException {@code not_on_sale} (outside the sale window, or not sold at points of sale),
     *         {@code budget_exhausted} (the budget cannot cover the top-up: boosted vouchers are sold out),
     *         {@code buyer_limit_reached}, {@code point_of_sale_closed}, {@code idempotency_key_reused}
     */
    SaleResult sell(SaleRequest request);

    /**
     * Cancels a sale of the operator's point of sale within the programme's window (15 minutes by default), if none of
     * its vouchers was used: reversal transactions give the cash and the budget back. Cancelling twice does nothing more.
     *
     * @throws InvalidInputException {@code invalid_reason} for a reason longer than 500 characters or with a control character
     * @throws ConflictException {@code cancel_window_passed}, {@code voucher_used}
     */
    Sale cancel(long saleId, Account operator, String reason);

    /** A sale, as its point of sale (or an admin) sees it. */
    Optional<Sale> sale(long saleId);

    /** A point of sale's sales of a day (the marketplace's calendar), newest first. */
    List<Sale> salesOf(long pointOfSaleId, LocalDate day);

    /** The cash a point of sale collected on a day, net of cancellations. */
    Remittance remittance(long pointOfSaleId, LocalDate day);

    /**
     * The printable A6 PDF of a sale's vouchers, one page each, with their QR codes, in the operator's language (the one
     * their account chose, French unless they chose another).
     *
     * @throws NotFoundException when the operator does not sell at the sale's point of sale
     */
    byte[] printout(long saleId, Account operator);
}
