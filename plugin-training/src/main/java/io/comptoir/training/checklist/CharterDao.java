package io.comptoir.training.checklist;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(CharterDao.CharterRow.class)
@RegisterConstructorMapper(CharterDao.AcceptanceRow.class)
interface CharterDao {

    record CharterRow(int version, String title, String body, Instant publishedAt) {
    }

    record AcceptanceRow(long merchantId, int version, long accountId, Instant acceptedAt) {
    }

    @SqlQuery("SELECT version, title, body, published_at FROM training_charter ORDER BY version DESC LIMIT 1")
    Optional<CharterRow> latest();

    @SqlQuery("SELECT version, title, body, published_at FROM training_charter WHERE version = :version")
    Optional<CharterRow> find(@Bind("version") int version);

    @SqlQuery("SELECT COALESCE(MAX(version), 0) FROM training_charter")
    int maxVersion();

    @SqlUpdate("""
            INSERT INTO training_charter (version, title, body, published_at, published_by)
            VALUES (:version, :title, :body, :now, :by)""")
    void insert(@Bind("version") int version, @Bind("title") String title, @Bind("body") String body, @Bind("now") Instant now,
                @Bind("by") String by);

    @SqlQuery("""
            SELECT merchant_id, version, account_id, accepted_at FROM training_charter_acceptance
            WHERE merchant_id = :merchantId ORDER BY version DESC LIMIT 1""")
    Optional<AcceptanceRow> latestAcceptance(@Bind("merchantId") long merchantId);

    @SqlQuery("SELECT merchant_id, version, account_id, accepted_at FROM training_charter_acceptance WHERE merchant_id = :merchantId AND version = :version")
    Optional<AcceptanceRow> acceptance(@Bind("merchantId") long merchantId, @Bind("version") int version);

    @SqlUpdate("""
            INSERT INTO training_charter_acceptance (merchant_id, version, account_id, accepted_at)
            VALUES (:merchantId, :version, :accountId, :now)""")
    void accept(@Bind("merchantId") long merchantId, @Bind("version") int version, @Bind("accountId") long accountId,
                @Bind("now") Instant now);

    @SqlQuery("SELECT merchant_id FROM training_charter_acceptance WHERE version = :version")
    List<Long> acceptedBy(@Bind("version") int version);
}
