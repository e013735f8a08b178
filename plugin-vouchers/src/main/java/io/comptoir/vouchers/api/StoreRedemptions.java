package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Redemption at the shop's counter, for the merchant back-office. Every method checks that the account works for the
 * shop ({@link NotFoundException} otherwise: another shop's data is invisible).
 */
public interface StoreRedemptions {

    /**
     * What the staff see after typing or scanning a code.
     *
     * @throws InvalidInputException {@code invalid_code} (field {@code code}, one generic message) for a code that is
     *         mistyped or unknown; each counts against the account's and the client's wrong-code limits
     * @throws ConflictException {@code too_many_attempts} when those limits are reached
     */
    VoucherLookup lookup(MerchantId merchant, Account staff, String code, String client);

    /**
     * Redeems an amount: one short transaction locks the voucher, books the amount from the voucher to the shop (split
     * between buyer money and each funder's subsidy) and lowers the balance, never below zero.
     *
     * @throws InvalidInputException {@code invalid_code} (field {@code code}), {@code invalid_amount} (field {@code amount}:
     *         not positive, or another currency), {@code invalid_idempotency_key}
     * @throws ConflictException {@code insufficient_balance}, {@code voucher_expired}, {@code voucher_blocked},
     *         {@code voucher_not_active}, {@code not_accepted_here} (this shop does not take the programme's vouchers),
     *         {@code too_many_attempts}, {@code idempotency_key_reused}
     */
    Receipt redeem(RedeemRequest request);

    /**
     * Gives back part or all of one of the shop's in-store redemptions to the voucher, or, when the voucher can no longer
     * be spent (expired, or blocked and reissued), on a new credit voucher for its holder (see the README's refund rule).
     *
     * @throws InvalidInputException {@code invalid_amount} (above what is left to refund)
     */
    Receipt refund(RefundRequest request);

    /** The shop's redemptions and refunds between two days (the marketplace's calendar, both included), newest first. */
    List<Redemption> redemptionsOf(MerchantId merchant, Account staff, LocalDate from, LocalDate to);

    /** One redemption of the shop. */
    Optional<Redemption> redemption(MerchantId merchant, Account staff, long redemptionId);
}
