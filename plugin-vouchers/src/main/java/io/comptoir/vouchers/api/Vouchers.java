package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Vouchers as their holders and the territory admin see them. */
public interface Vouchers {

    /**
     * The public balance check: code in, balance and deadline out. Every check counts against the client's balance-check
     * limit, and a wrong code also against the wrong-code limit.
     *
     * @throws InvalidInputException {@code invalid_code} (field {@code code}, one generic message)
     * @throws ConflictException {@code too_many_attempts}
     */
    BalanceCheck checkBalance(String code, Requester requester);

    Optional<Voucher> voucher(long id);

    /** The holder's wallet: their vouchers, newest first (bought online, or credited to their account). */
    List<Voucher> walletOf(AccountId holder);

    /**
     * A voucher's printable A6 PDF, for its holder only.
     *
     * @throws NotFoundException when the account does not hold it
     */
    byte[] pdf(long voucherId, AccountId holder);

    /**
     * Puts a voucher bought at a point of sale (or any sold voucher nobody holds yet) into the account's wallet, from its
     * code: it then shows there with its balance and deadline, its PDF, and its expiry reminders. Adding it again does
     * nothing. The code counts against the wrong-code limits, as at checkout.
     *
     * @throws InvalidInputException {@code invalid_code} (field {@code code}, one generic message)
     * @throws ConflictException {@code voucher_held} when it is in another wallet, {@code voucher_not_attachable} when it
     *         can no longer be spent (expired, blocked); {@code too_many_attempts}
     */
    Voucher attach(String code, Account holder, Requester requester);

    /**
     * For the territory admin: vouchers by programme, status, code (whole, or its last four characters), holder's e-mail
     * and point of sale, newest first, a page at a time.
     *
     * @throws NotFoundException when the account is not a territory admin
     * @throws InvalidInputException {@code invalid_after} for a cursor this search did not give, {@code invalid_code},
     *         {@code invalid_holder} for a part of an e-mail with a control character
     */
    VoucherPage search(VoucherQuery query, Account admin);

    /**
     * For the territory admin: a voucher's history, oldest first, from its ledger.
     *
     * @throws NotFoundException when the account is not a territory admin, or for an unknown voucher
     */
    List<VoucherMovement> history(long voucherId, Account admin);

    /**
     * For the territory admin: finds a voucher by its code (a holder reports it lost), without the wrong-code limits.
     *
     * @throws NotFoundException when the account is not a territory admin
     */
    Optional<Voucher> findByCode(String code, Account admin);

    /**
     * Blocks a voucher (lost, stolen): it can no longer be spent. Blocking a blocked voucher does nothing.
     *
     * @throws NotFoundException when the account is not a territory admin, or for an unknown voucher
     * @throws ConflictException {@code voucher_not_blockable} for a voucher that was never sold, expired or was cancelled
     */
    Voucher block(long voucherId, String reason, Account admin);

    /**
     * Moves a blocked voucher's remaining balance onto a new code, same programme and deadline, for the same holder (one
     * ledger transaction). Reissuing again returns the same replacement.
     *
     * @throws ConflictException {@code voucher_not_blocked}, {@code nothing_to_reissue}
     */
    Voucher reissue(long voucherId, Account admin);
}
