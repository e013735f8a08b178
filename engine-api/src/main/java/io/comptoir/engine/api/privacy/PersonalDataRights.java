package io.comptoir.engine.api.privacy;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

import java.time.Period;
import java.util.List;

/**
 * A person's rights over their data: the export of everything the marketplace holds about them (account, orders with
 * their addresses, and each plugin's {@link PersonalData} section), and the erasure of their account. Each export and
 * each erasure is recorded, with who asked, for the territory's register of requests.
 *
 * <p>An erasure keeps what accounting law requires for its retention period (in France ten years, Code de commerce
 * L123-22): orders, payments and voucher ledger entries stay, with the person's name, e-mail, phone, addresses and the
 * free-text notes of their orders replaced. The account's row stays (its id is never reused), can no longer sign in, and
 * every session of it ends at once.
 *
 * <p>At the end of the {@linkplain #retention() retention period} the engine's job {@value #RETENTION_JOB} does the same
 * to the records that still hold personal data, whoever they belong to: an order (and each plugin's dated record) is
 * anonymised the day after its date's anniversary, dates read in the territory's time zone.
 */
public interface PersonalDataRights {

    /** What replaces the display name of an erased account and the names on its orders. */
    String ERASED_NAME = "Compte supprimé";

    /**
     * The domain of the addresses that replace erased e-mails ({@code erased-<id>@erased.invalid}): reserved (RFC 2606),
     * nobody can receive mail there.
     */
    String ERASED_DOMAIN = "erased.invalid";

    /** The periodic job that anonymises what is past the retention period. */
    String RETENTION_JOB = "engine.privacy-retention";

    /** The retention period unless configured: ten years, the French accounting rule (Code de commerce L123-22). */
    int DEFAULT_RETENTION_YEARS = 10;

    /**
     * The shortest retention period accepted: six years, how long the French tax authority may still ask for the documents
     * of an operation (Livre des procédures fiscales L102 B), so that no setting erases what an audit can ask for. Accounting
     * law asks ten of a French territory; a shorter period is for a territory whose law allows it.
     */
    int MIN_RETENTION_YEARS = 6;

    /** The longest retention period accepted. */
    int MAX_RETENTION_YEARS = 30;

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

    /**
     * The same, safe to retry: the key is recorded with the request, and the same actor calling again with the same key
     * gets the first call's receipt instead of {@code already_erased}.
     *
     * @param idempotencyKey chosen by the caller, 1 to 100 characters, unique among the actor's erasures
     * @throws InvalidInputException {@code invalid_idempotency_key} on field {@code idempotencyKey}
     * @throws NotFoundException for an unknown account
     * @throws ConflictException {@code already_erased} (by another request), {@code idempotency_key_reused} (the actor used
     *         the key for another account)
     */
    ErasureReceipt erase(AccountId person, Actor actor, String idempotencyKey);

    /** The exports and erasures made, newest first. */
    List<PrivacyRequest> requests(int offset, int limit);

    /** Whether the account was erased. */
    boolean erased(AccountId person);

    /**
     * How long orders, payments and ledger entries keep their personal data: {@link #DEFAULT_RETENTION_YEARS} unless the
     * engine was configured otherwise ({@code privacy.retention-years}).
     */
    Period retention();
}
