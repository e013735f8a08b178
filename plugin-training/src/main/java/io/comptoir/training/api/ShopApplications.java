package io.comptoir.training.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applications to join the marketplace: anyone applies through the public form; territory admins approve or reject.
 * The applicant is told by mail at each step.
 *
 * <p>Approving creates the shop ({@code MerchantDirectory.register}, then {@code ONBOARDING}) and makes the contact its
 * staff ({@code MERCHANT_STAFF} scoped to the shop): with the account that already uses the contact's e-mail if there is
 * one, otherwise a new account with an unusable random password, and a password reset link sent by the engine (valid
 * one hour; afterwards "forgotten password" with the same e-mail does the same). The steps are idempotent: if approval
 * fails half-way the application goes back to pending with the shop it already created, and approving again finishes
 * the job; an approval interrupted by a crash can be taken over after ten minutes.
 */
public interface ShopApplications {

    /**
     * Files an application (the public form; no account needed), filled in French.
     *
     * @throws InvalidInputException naming the field: shopName, siret (14 digits with a valid Luhn key), trade, street,
     *         postalCode, communeInsee (not in the territory), contactName, contactEmail, contactPhone, message
     * @throws ConflictException {@code application_exists} while an application with that SIRET is pending or approved;
     *         {@code siret_already_registered} when a shop of the marketplace already has it
     */
    default ShopApplication apply(ApplicationForm form) {
        return apply(form, Locale.FRENCH);
    }

    /**
     * Files an application filled in {@code language}: the replies (received, approved, rejected) are written in it, or in
     * the language of the account the contact's address already has, and the account an approval opens starts with it.
     *
     * @param language a bare ISO 639 code such as {@code fr} or {@code en}
     * @throws InvalidInputException as {@link #apply(ApplicationForm)}, and {@code language} for a language that is not bare
     */
    ShopApplication apply(ApplicationForm form, Locale language);

    /** @throws NotFoundException {@code application_not_found} */
    ShopApplication application(ApplicationId id, Actor actor);

    /** Applications, oldest first, optionally in one status (admins). */
    List<ShopApplication> list(Optional<ApplicationStatus> status, int offset, int limit, Actor actor);

    /** How many applications are in each status (every status present). */
    Map<ApplicationStatus, Integer> countByStatus(Actor actor);

    /**
     * @throws ConflictException {@code application_decided} (already approved or rejected), {@code application_being_approved},
     *         {@code siret_already_registered}
     */
    ShopApplication approve(ApplicationId id, Actor actor);

    /**
     * Finishes an approval that did not finish: an application left {@link ApplicationStatus#APPROVING} (the node approving
     * it died, or it stopped half-way) is taken over at once, whatever the age of the claim, and approved again — the steps
     * already done (the shop, the account) are found and kept. A pending application is simply approved. Use it when an
     * approval is stuck; an approval still running elsewhere then ends with {@code application_being_approved} and changes
     * nothing more.
     *
     * @throws ConflictException {@code application_decided} (already approved or rejected), {@code siret_already_registered}
     */
    ShopApplication resumeApproval(ApplicationId id, Actor actor);

    /**
     * @throws InvalidInputException {@code invalid_reason} (1 to 1 000 characters): the applicant reads it
     * @throws ConflictException {@code application_decided}, {@code application_being_approved}
     */
    ShopApplication reject(ApplicationId id, String reason, Actor actor);
}
