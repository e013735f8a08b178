package io.comptoir.engine.core.payment;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ways to pay shops refuse ({@code merchant_refused_payment_method}). */
public interface AcceptanceDao {

    /** Locks the shop's row: one change of its ways to pay at a time. */
    @SqlQuery("SELECT id FROM merchant WHERE id = :merchantId FOR UPDATE")
    Optional<Long> lockMerchant(@Bind("merchantId") long merchantId);

    @SqlQuery("SELECT method FROM merchant_refused_payment_method WHERE merchant_id = :merchantId ORDER BY method")
    List<String> refusedBy(@Bind("merchantId") long merchantId);

    /** Forgets the shop's refusals of these ways to pay (those this node runs: another node's may run others). */
    @SqlUpdate("DELETE FROM merchant_refused_payment_method WHERE merchant_id = :merchantId AND method = ANY(:methods)")
    void forget(@Bind("merchantId") long merchantId, @Bind("methods") Collection<String> methods);

    @SqlBatch("INSERT INTO merchant_refused_payment_method (merchant_id, method, refused_at) VALUES (:merchantId, :method, :now)")
    void refuse(@Bind("merchantId") long merchantId, @Bind("method") List<String> methods, @Bind("now") Instant now);
}
