package io.comptoir.training.membership;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(MembershipDao.PlanRow.class)
@RegisterConstructorMapper(MembershipDao.WaiverRow.class)
interface MembershipDao {

    record PlanRow(long monthlyPrice, String currency, LocalDate validFrom, Instant createdAt) {
    }

    record WaiverRow(long id, Long merchantId, LocalDate startsOn, LocalDate endsOn, String reason, String grantedBy,
                     Instant grantedAt, Instant revokedAt) {
    }

    String WAIVER_COLUMNS = "id, merchant_id, starts_on, ends_on, reason, granted_by, granted_at, revoked_at";

    @SqlQuery("SELECT monthly_price, currency, valid_from, created_at FROM training_membership_plan ORDER BY valid_from")
    List<PlanRow> plans();

    @SqlUpdate("DELETE FROM training_membership_plan WHERE valid_from = :from")
    void deletePlan(@Bind("from") LocalDate from);

    @SqlUpdate("""
            INSERT INTO training_membership_plan (monthly_price, currency, valid_from, created_at, created_by)
            VALUES (:price, :currency, :from, :now, :by)""")
    void insertPlan(@Bind("price") long price, @Bind("currency") String currency, @Bind("from") LocalDate from,
                    @Bind("now") Instant now, @Bind("by") String by);

    @SqlUpdate("""
            INSERT INTO training_membership_waiver (merchant_id, starts_on, ends_on, reason, granted_by, granted_at)
            VALUES (:merchantId, :from, :until, :reason, :by, :now)""")
    @GetGeneratedKeys("id")
    long insertWaiver(@Bind("merchantId") Long merchantId, @Bind("from") LocalDate from, @Bind("until") LocalDate until,
                      @Bind("reason") String reason, @Bind("by") String by, @Bind("now") Instant now);

    @SqlQuery("SELECT " + WAIVER_COLUMNS + " FROM training_membership_waiver WHERE id = :id")
    Optional<WaiverRow> waiver(@Bind("id") long id);

    @SqlUpdate("UPDATE training_membership_waiver SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
    int revoke(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by);

    @SqlQuery("SELECT " + WAIVER_COLUMNS + " FROM training_membership_waiver ORDER BY starts_on, id")
    List<WaiverRow> waivers();

    @SqlQuery("SELECT " + WAIVER_COLUMNS + " FROM training_membership_waiver WHERE merchant_id IS NULL OR merchant_id = :merchantId ORDER BY starts_on, id")
    List<WaiverRow> waiversFor(@Bind("merchantId") long merchantId);
}
