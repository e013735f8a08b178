package io.comptoir.training.application;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(ApplicationRow.class)
@RegisterConstructorMapper(ApplicationDao.StatusCount.class)
interface ApplicationDao {
    String COLUMNS = """
            id, shop_name, siret, trade, street, postal_code, commune_insee, contact_name, contact_email, contact_phone, message,
            language, status, submitted_at, claimed_at, decided_at, decided_by, rejection_reason, merchant_id, staff_account_id""";

    record StatusCount(String status, int count) {
    }

    @SqlUpdate("""
            INSERT INTO training_application (shop_name, siret, active_siret, trade, street, postal_code, commune_insee, contact_name,
                                              contact_email, contact_phone, message, language, status, submitted_at)
            VALUES (:shopName, :siret, :siret, :trade, :street, :postalCode, :communeInsee, :contactName, :contactEmail,
                    :contactPhone, :message, :language, 'PENDING', :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("shopName") String shopName, @Bind("siret") String siret, @Bind("trade") String trade,
                @Bind("street") String street, @Bind("postalCode") String postalCode, @Bind("communeInsee") String communeInsee,
                @Bind("contactName") String contactName, @Bind("contactEmail") String contactEmail,
                @Bind("contactPhone") String contactPhone, @Bind("message") String message, @Bind("language") String language,
                @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_application WHERE id = :id")
    Optional<ApplicationRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_application WHERE id = :id FOR UPDATE")
    Optional<ApplicationRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_application WHERE status = :status ORDER BY submitted_at, id LIMIT :limit OFFSET :offset")
    List<ApplicationRow> list(@Bind("status") String status, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_application ORDER BY submitted_at, id LIMIT :limit OFFSET :offset")
    List<ApplicationRow> listAll(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT status, COUNT(*) AS count FROM training_application GROUP BY status")
    List<StatusCount> countByStatus();

    /**
     * Takes the application for approval: pending, or left approving by a run that claimed it at or before
     * {@code staleBefore}.
     */
    @SqlUpdate("""
            UPDATE training_application SET status = 'APPROVING', claimed_at = :now
            WHERE id = :id AND (status = 'PENDING' OR (status = 'APPROVING' AND claimed_at <= :staleBefore))""")
    int claim(@Bind("id") long id, @Bind("now") Instant now, @Bind("staleBefore") Instant staleBefore);

    @SqlUpdate("UPDATE training_application SET status = 'PENDING', claimed_at = NULL WHERE id = :id AND status = 'APPROVING' AND claimed_at = :claimedAt")
    void release(@Bind("id") long id, @Bind("claimedAt") Instant claimedAt);

    @SqlUpdate("UPDATE training_application SET merchant_id = :merchantId WHERE id = :id AND merchant_id IS NULL")
    void attachMerchant(@Bind("id") long id, @Bind("merchantId") long merchantId);

    @SqlUpdate("UPDATE training_application SET staff_account_id = :accountId, staff_account_new = :created WHERE id = :id AND staff_account_id IS NULL")
    void attachStaff(@Bind("id") long id, @Bind("accountId") long accountId, @Bind("created") boolean created);

    @SqlQuery("SELECT staff_account_new FROM training_application WHERE id = :id")
    boolean staffAccountNew(@Bind("id") long id);

    @SqlUpdate("""
            UPDATE training_application SET status = 'APPROVED', decided_at = :now, decided_by = :by
            WHERE id = :id AND status = 'APPROVING' AND claimed_at = :claimedAt""")
    int approved(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by, @Bind("claimedAt") Instant claimedAt);

    @SqlUpdate("""
            UPDATE training_application SET status = 'REJECTED', active_siret = NULL, decided_at = :now, decided_by = :by,
                   rejection_reason = :reason
            WHERE id = :id AND status = 'PENDING'""")
    int rejected(@Bind("id") long id, @Bind("reason") String reason, @Bind("now") Instant now, @Bind("by") String by);
}
