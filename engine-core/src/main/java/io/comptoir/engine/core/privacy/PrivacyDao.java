package io.comptoir.engine.core.privacy;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of a person's rights: the account's erasure across the engine's tables, the register of requests, and the
 * anonymising of the orders past the retention period. Lock order, as everywhere in the engine: the account, then its
 * customer orders, then their merchant orders.
 */
@RegisterConstructorMapper(PrivacyDao.Subject.class)
@RegisterConstructorMapper(PrivacyDao.RequestRow.class)
@RegisterConstructorMapper(PrivacyDao.KeyedRequest.class)
public interface PrivacyDao {

    /** The account an erasure works on. */
    record Subject(long id, String email, Instant erasedAt) {
    }

    record RequestRow(long id, long accountId, String kind, String actor, Instant requestedAt) {
    }

    /** The request an actor made with an idempotency key. */
    record KeyedRequest(long accountId, String kind, Instant requestedAt) {
    }

    /** Serialises the erasure with every other change of the account (same row lock as the account service's). */
    @SqlQuery("SELECT id, email, erased_at FROM account WHERE id = :id FOR UPDATE")
    Optional<Subject> lock(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM account WHERE id = :id AND erased_at IS NOT NULL")
    int countErased(@Bind("id") long id);

    @SqlUpdate("""
            UPDATE account SET email = :email, display_name = :name, password_hash = :hash, active = FALSE,
                erased_at = :now, updated_at = :now
            WHERE id = :id""")
    int eraseAccount(@Bind("id") long id, @Bind("email") String email, @Bind("name") String name, @Bind("hash") String hash,
                     @Bind("now") Instant now);

    /** The roles an account held for a job (a shop's staff, a point of sale): it no longer works for anyone. */
    @SqlUpdate("DELETE FROM account_role WHERE account_id = :id AND role <> 'SHOPPER'")
    int dropJobRoles(@Bind("id") long id);

    @SqlUpdate("UPDATE session SET closed_at = :now WHERE account_id = :id AND closed_at IS NULL")
    int closeSessions(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM password_reset WHERE account_id = :id")
    int dropResets(@Bind("id") long id);

    @SqlUpdate("DELETE FROM cart_line WHERE cart_id IN (SELECT id FROM cart WHERE account_id = :id)")
    int dropCartLines(@Bind("id") long id);

    @SqlUpdate("DELETE FROM cart WHERE account_id = :id")
    int dropCart(@Bind("id") long id);

    /** The mails sent to the person: their texts name them, their orders, their addresses. */
    @SqlUpdate("DELETE FROM mail_outbox WHERE recipient = :email")
    int dropMails(@Bind("email") String email);

    @SqlUpdate("""
            UPDATE customer_order SET shopper_name = :name, shopper_email = :email, anonymised_at = COALESCE(anonymised_at, :now)
            WHERE shopper_id = :id""")
    int anonymiseOrders(@Bind("id") long id, @Bind("name") String name, @Bind("email") String email, @Bind("now") Instant now);

    /** The account's orders, for the statements that work on lists of orders. */
    @SqlQuery("SELECT id FROM customer_order WHERE shopper_id = :id ORDER BY id")
    List<Long> ordersOf(@Bind("id") long id);

    @SqlQuery("SELECT account_id, kind, requested_at FROM privacy_request WHERE actor = :actor AND idempotency_key = :key")
    Optional<KeyedRequest> keyed(@Bind("actor") String actor, @Bind("key") String key);

    // Past the retention period: batches locked with SKIP LOCKED, so that two nodes running the job take different orders.

    /** Orders older than the cutoff that still hold personal data, oldest first, locked; those another node holds are skipped. */
    @SqlQuery("""
            SELECT id FROM customer_order WHERE anonymised_at IS NULL AND created_at < :cutoff
            ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Long> lockOrdersBefore(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

    /** The erased e-mail of an account's orders is per account, as the erasure writes it. */
    @SqlUpdate("""
            UPDATE customer_order SET shopper_name = :name,
                shopper_email = 'erased-' || CAST(shopper_id AS VARCHAR(20)) || '@' || :domain, anonymised_at = :now
            WHERE id = ANY(:ids) AND anonymised_at IS NULL""")
    int anonymiseOrdersWithIds(@Bind("ids") Collection<Long> ids, @Bind("name") String name, @Bind("domain") String domain,
                               @Bind("now") Instant now);

    /** Delivery addresses lose the recipient, street, phone and instructions; the commune stays for the shop's statistics. */
    @SqlUpdate("""
            UPDATE merchant_order SET
                recipient = CASE WHEN recipient IS NULL THEN NULL ELSE :name END,
                street = CASE WHEN street IS NULL THEN NULL ELSE :street END,
                phone = CASE WHEN phone IS NULL THEN NULL ELSE '' END,
                instructions = CASE WHEN instructions IS NULL THEN NULL ELSE '' END
            WHERE customer_order_id = ANY(:ids)""")
    int anonymiseDeliveriesOf(@Bind("ids") Collection<Long> ids, @Bind("name") String name, @Bind("street") String street);

    /**
     * The notes of the orders' moves: what the shopper wrote when cancelling, what the shop wrote back. Free text may name
     * anyone and anything; the moves themselves (who, when, from and to) stay.
     */
    @SqlUpdate("""
            UPDATE merchant_order_history SET note = ''
            WHERE note <> '' AND merchant_order_id IN (SELECT id FROM merchant_order WHERE customer_order_id = ANY(:ids))""")
    int clearNotesOf(@Bind("ids") Collection<Long> ids);

    @SqlQuery("SELECT id FROM mail_outbox WHERE created_at < :cutoff ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<Long> lockMailsBefore(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

    @SqlUpdate("DELETE FROM mail_outbox WHERE id = ANY(:ids)")
    int deleteMails(@Bind("ids") Collection<Long> ids);

    @SqlUpdate("""
            INSERT INTO privacy_request (account_id, kind, actor, requested_at, idempotency_key)
            VALUES (:accountId, :kind, :actor, :now, :key)""")
    void record(@Bind("accountId") long accountId, @Bind("kind") String kind, @Bind("actor") String actor, @Bind("now") Instant now,
                @Bind("key") String idempotencyKey);

    @SqlQuery("""
            SELECT id, account_id, kind, actor, requested_at FROM privacy_request
            ORDER BY requested_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<RequestRow> requests(@Bind("limit") int limit, @Bind("offset") int offset);
}
