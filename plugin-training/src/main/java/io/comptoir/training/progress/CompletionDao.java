package io.comptoir.training.progress;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(CompletionRow.class)
public interface CompletionDao {
    String COLUMNS = "module_id, account_id, merchant_id, completed_at, via, booking_id";

    @SqlQuery("SELECT " + COLUMNS + " FROM training_completion WHERE module_id = :moduleId AND account_id = :accountId AND merchant_id = :merchantId")
    Optional<CompletionRow> find(@Bind("moduleId") long moduleId, @Bind("accountId") long accountId, @Bind("merchantId") long merchantId);

    @SqlUpdate("""
            INSERT INTO training_completion (module_id, account_id, merchant_id, completed_at, via, booking_id)
            VALUES (:moduleId, :accountId, :merchantId, :now, :via, :bookingId)""")
    void insert(@Bind("moduleId") long moduleId, @Bind("accountId") long accountId, @Bind("merchantId") long merchantId,
                @Bind("now") Instant now, @Bind("via") String via, @Bind("bookingId") Long bookingId);

    @SqlUpdate("DELETE FROM training_completion WHERE booking_id = :bookingId")
    int deleteByBooking(@Bind("bookingId") long bookingId);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_completion WHERE merchant_id = :merchantId ORDER BY completed_at, module_id, account_id")
    List<CompletionRow> ofMerchant(@Bind("merchantId") long merchantId);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_completion ORDER BY merchant_id, module_id, completed_at")
    List<CompletionRow> all();
}
