package io.comptoir.vouchers.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.List;
import java.util.Optional;

/** Voucher programmes and their funders: set-up by the territory admin, budget, and which shops take the vouchers. */
public interface Programmes {

    /**
     * @throws InvalidInputException naming the field (code: 2 to 32 upper-case letters, digits, dashes or underscores)
     * @throws ConflictException {@code funder_exists} when the code is taken
     */
    Funder createFunder(String code, String name, Actor actor);

    List<Funder> funders();

    Optional<Funder> funder(long id);

    Optional<Funder> funderByCode(String code);

    /**
     * @throws InvalidInputException naming the field at fault: {@code funders}, {@code eligibility.optedIn},
     *         {@code eligibility.optedOut} or {@code eligibility.categories} for a funder, shop or category that does not exist
     * @throws ConflictException {@code programme_exists} when the slug is taken
     */
    VoucherProgramme create(ProgrammeDraft draft, Actor actor);

    /**
     * Changes a programme. Denominations are matched by face and price: new ones are added, missing ones withdrawn from
     * sale (vouchers already sold keep theirs). The currency never changes, nor the funders once budget was granted.
     *
     * @throws InvalidInputException naming the field at fault, as {@link #create}
     * @throws ConflictException {@code funders_fixed} or {@code currency_fixed}
     */
    VoucherProgramme update(long id, ProgrammeDraft draft, Actor actor);

    Optional<VoucherProgramme> programme(long id);

    /** @throws NotFoundException for an unknown programme */
    default VoucherProgramme require(long id) {
        return programme(id).orElseThrow(() -> NotFoundException.of("programme", id));
    }

    Optional<VoucherProgramme> programmeBySlug(String slug);

    List<VoucherProgramme> programmes();

    /**
     * Adds budget to a subsidised programme, pledged by its funders in proportion to their weights: one ledger
     * transaction. The same key never moves the budget twice: a retry of the same request answers what the first did.
     *
     * @param idempotencyKey chosen by the client for this request, unique per programme among grants and settings
     * @throws InvalidInputException {@code invalid_amount} for an amount that is not positive or in another currency;
     *         {@code invalid_idempotency_key}
     * @throws ConflictException {@code no_funders} for a programme without funders; {@code idempotency_key_reused} when
     *         the key was used for another request (another amount, or to set the budget)
     */
    BudgetStatus grantBudget(long id, Money amount, String idempotencyKey, Actor actor);

    /**
     * Sets the programme's budget to an amount, higher or lower than now: a higher one is granted by the funders (as
     * {@link #grantBudget}); a lower one is withdrawn from them in proportion to their weights, in one {@code BUDGET_CUT}
     * ledger transaction, never below what boosted sales have committed. The same key never moves the budget twice: a
     * retry of the same request answers what the first did, even when the first set the budget to what it was.
     *
     * @param idempotencyKey chosen by the client for this request, unique per programme among grants and settings
     * @throws InvalidInputException {@code invalid_amount} for a negative amount or one in another currency;
     *         {@code invalid_idempotency_key}
     * @throws ConflictException {@code budget_below_committed} below the committed subsidy; {@code no_funders};
     *         {@code idempotency_key_reused} when the key was used for another request (another amount, or to grant)
     */
    BudgetStatus setBudget(long id, Money budget, String idempotencyKey, Actor actor);

    /** The programme's budget now, from the ledger. */
    BudgetStatus budget(long id);

    /** Whether the shop takes the programme's vouchers now. */
    boolean accepts(long programmeId, MerchantId merchant);

    /** Every shop that takes the programme's vouchers now, by name. */
    List<Merchant> acceptingMerchants(long programmeId);
}
