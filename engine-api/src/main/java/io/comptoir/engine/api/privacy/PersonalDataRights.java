package io.comptoir.engine.api.privacy;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

import java.util.List;

/**
 * A person's rights over their data: the export of everything the marketplace holds about them (account, orders with
 * their addresses, and each plugin's {@link PersonalData} section), and the erasure of their account. Each export and
 * each erasure is recorded, with who asked, for the territory's register of requests.
 *
 * <p>An erasure keeps what accounting law requires for its retention period (in France ten years, Code de commerce
 * L123-22): orders, payments and voucher ledger entries stay, with the person's name, e-mail, phone and addresses
 * replaced. The account's row stays (its id is never reused), can no longer sign in, and every session of it ends at once.
 */
public interface PersonalDataRights {

    /** What replaces the display name of an erased account and the names on its orders. */
    String ERASED_NAME = "Compte supprimé";

    /**
     * Everything held about the account's holder, and a record of the request.
     *
     * @throws NotFoundException for an unknown account
     */
    PersonalDataExport export(AccountId person, Actor actor);

    /**
     * Erases one's own account after checking its password.
     *
     * @throws InvalidInputException {@code wrong_password} on field {@code currentPassword}
     * @throws io.comptoir.engine.api.account.AuthenticationException {@code too_many_attempts} after repeated wrong passwords
     */
    ErasureReceipt eraseOwn(AccountId person, String currentPassword);

    /**
     * Erases an account for its holder who asked another way (by mail, at the counter): a territory admin's act, recorded
     * under {@code actor}.
     *
     * @throws NotFoundException for an unknown account
     * @throws ConflictException {@code already_erased}
     */
    ErasureReceipt erase(AccountId person, Actor actor);

    /** The exports and erasures made, newest first. */
    List<PrivacyRequest> requests(int offset, int limit);

    /** Whether the account was erased. */
    boolean erased(AccountId person);
}
