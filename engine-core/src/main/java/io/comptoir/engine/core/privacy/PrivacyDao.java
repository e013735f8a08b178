package io.comptoir.engine.core.privacy;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of a person's rights: the account's erasure across the engine's tables, and the register of requests. */
@RegisterConstructorMapper(PrivacyDao.Subject.class)
@RegisterConstructorMapper(PrivacyDao.RequestRow.class)
public interface PrivacyDao {

    /** The account an erasure works on. */
    record Subject(long id, String email, Instant erasedAt) {
    }

    record RequestRow(long id, long accountId, String kind, String actor, Instant requestedAt) {
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

    @SqlUpdate("UPDATE customer_order SET shopper_name = :name, shopper_email = :email WHERE shopper_id = :id")
    int anonymiseOrders(@Bind("id") long id, @Bind("name") String name, @Bind("email") String email);

    /** Delivery addresses lose the recipient, street, phone and instructions; the commune stays for the shop's statistics. */
    @SqlUpdate("""
            UPDATE merchant_order SET
                recipient = CASE WHEN recipient IS NULL THEN NULL ELSE :name END,
                street = CASE WHEN street IS NULL THEN NULL ELSE :street END,
                phone = CASE WHEN phone IS NULL THEN NULL ELSE '' END,
                instructions = CASE WHEN instructions IS NULL THEN NULL ELSE '' END
            WHERE customer_order_id IN (SELECT id FROM customer_order WHERE shopper_id = :id)""")
    int anonymiseDeliveries(@Bind("id") long id, @Bind("name") String name, @Bind("street") String street);

    @SqlUpdate("INSERT INTO privacy_request (account_id, kind, actor, requested_at) VALUES (:accountId, :kind, :actor, :now)")
    void record(@Bind("accountId") long accountId, @Bind("kind") String kind, @Bind("actor") String actor, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT id, account_id, kind, actor, requested_at FROM privacy_request
            ORDER BY requested_at DESC, id DESC LIMIT :limit OFFSET :offset""")
    List<RequestRow> requests(@Bind("limit") int limit, @Bind("offset") int offset);
}
