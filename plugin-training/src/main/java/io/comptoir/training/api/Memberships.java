package io.comptoir.training.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The territory's membership plan (a price per month) and the waivers it grants; what each shop owes for a month
 * follows {@link MembershipCalculator}'s rule. Writes and the statement are for territory admins; a shop's own status
 * for its staff and admins.
 */
public interface Memberships {

    /** Every plan, oldest first. */
    List<MembershipPlan> plans();

    /** The plan in force for a month. */
    Optional<MembershipPlan> planFor(YearMonth month);

    /**
     * Sets the price from a month on; setting the same month again replaces its price.
     *
     * @throws InvalidInputException {@code invalid_monthlyPrice} (negative, over 10 000, another currency than the
     *         existing plans), {@code invalid_from} (a month already started: past months are never repriced)
     */
    MembershipPlan setPlan(Money monthlyPrice, YearMonth from, Actor actor);

    /**
     * @throws InvalidInputException {@code invalid_until} (before {@code from}, or more than 10 years after),
     *         {@code invalid_reason} (1 to 300 characters)
     * @throws NotFoundException {@code merchant_not_found}
     */
    Waiver grantWaiver(WaiverDraft draft, Actor actor);

    /** Ends a waiver as if it had never been granted (for every month). Revoking twice changes nothing. */
    Waiver revokeWaiver(WaiverId id, Actor actor);

    /** The waivers that apply to the shop (its own and those for every shop), or every waiver when empty; admins only. */
    List<Waiver> waivers(Optional<MerchantId> shop, Actor actor);

    /** The shop's membership for a month (its staff and admins). */
    MembershipStatus status(MerchantId shop, YearMonth month, Actor actor);

    /** Every shop past its application (onboarding, live, suspended) for a month, by name, with the total due. */
    MembershipStatement statement(YearMonth month, Actor actor);
}
