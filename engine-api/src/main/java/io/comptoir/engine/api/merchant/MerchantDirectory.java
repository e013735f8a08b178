package io.comptoir.engine.api.merchant;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shops of the marketplace: registration, profiles and their life cycle.
 *
 * <p>Every change is recorded as a domain event ({@code merchant.*}) in the same transaction.
 *
 * <p>A shop's id is never reused and its row is never deleted (a shop is suspended): a plugin may keep the id, and its
 * tables may declare a foreign key to {@code merchant (id)}.
 */
public interface MerchantDirectory {

    /**
     * Registers a new shop as an {@link MerchantStatus#APPLICANT applicant}.
     *
     * @throws InvalidInputException naming the field when the profile is not acceptable (e.g. an unknown commune)
     */
    Merchant register(MerchantProfile profile, Actor actor);

    /**
     * Brings in a shop that already has a status elsewhere, without consulting the activation policies: for
     * importing a territory's existing shops (the demo seeds, a migration from another platform). A featured shop is
     * added at the end of the home page's featured shops, as {@link #setFeatured} does.
     *
     * @throws io.comptoir.engine.api.error.ConflictException as {@link #setFeatured} when {@code featured} is refused
     */
    Merchant importMerchant(MerchantProfile profile, MerchantStatus status, boolean featured, Actor actor);

    Optional<Merchant> merchant(MerchantId id);

    /** @throws NotFoundException when there is no such merchant */
    default Merchant require(MerchantId id) {
        return merchant(id).orElseThrow(() -> NotFoundException.of("merchant", id));
    }

    Optional<Merchant> merchantBySlug(String slug);

    List<Merchant> find(MerchantFilter filter);

    /** How many merchants match the filter, ignoring its paging. */
    int count(MerchantFilter filter);

    /** Number of merchants in each status (every status present, possibly with 0). */
    Map<MerchantStatus, Integer> countByStatus();

    Merchant updateProfile(MerchantId id, MerchantProfile profile, Actor actor);

    /**
     * Features the shop on the home page, at the end of the territory's featured shops
     * ({@link io.comptoir.engine.api.territory.TerritorySettings#featuredShops()}), or takes it out of them: a change of
     * the territory's settings, recorded in their audit trail under a new version. Nothing changes when the shop is
     * already as asked.
     *
     * @throws NotFoundException when there is no such merchant
     * @throws ConflictException {@code shop_not_live} when featuring a shop that is not live, {@code featured_shops_full}
     *         when the home page features the most shops it may already
     */
    Merchant setFeatured(MerchantId id, boolean featured, Actor actor);

    /**
     * Moves the merchant to another status.
     *
     * @throws ConflictException {@code illegal_status_transition} when the move is not allowed from the current
     *         status, or {@code activation_refused} with the blocking items as details when going live is refused
     */
    Merchant changeStatus(MerchantId id, MerchantStatus target, Actor actor);

    /** What the activation policies say about the merchant going live now. */
    ActivationDecision activationDecision(MerchantId id);

    /** How the shop hands over orders; {@link FulfilmentOptions#CLICK_AND_COLLECT_ONLY} until it says otherwise. */
    FulfilmentOptions fulfilment(MerchantId id);

    /**
     * Changes how the shop hands over orders.
     *
     * @throws InvalidInputException {@code invalid_communes} when a delivery commune is not in the territory
     */
    FulfilmentOptions updateFulfilment(MerchantId id, FulfilmentOptions options, Actor actor);

    /** Where the shop is paid, if it said. */
    java.util.Optional<BankAccount> payoutAccount(MerchantId id);

    /**
     * Sets where the shop is paid.
     *
     * @throws InvalidInputException {@code invalid_iban} (field {@code iban}) when the IBAN's key is wrong, or a blank
     *         holder, or a malformed BIC
     */
    BankAccount updatePayoutAccount(MerchantId id, BankAccount account, Actor actor);
}
