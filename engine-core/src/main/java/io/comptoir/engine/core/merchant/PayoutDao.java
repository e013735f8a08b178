package io.comptoir.engine.core.merchant;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

@RegisterConstructorMapper(PayoutRow.class)
public interface PayoutDao {

    @SqlQuery("SELECT merchant_id, holder, iban, bic FROM merchant_payout WHERE merchant_id = :merchantId")
    Optional<PayoutRow> find(@Bind("merchantId") long merchantId);

    @SqlUpdate("DELETE FROM merchant_payout WHERE merchant_id = :merchantId")
    void delete(@Bind("merchantId") long merchantId);

    @SqlUpdate("""
            INSERT INTO merchant_payout (merchant_id, holder, iban, bic, updated_at)
            VALUES (:merchantId, :holder, :iban, :bic, :now)""")
    void insert(@Bind("merchantId") long merchantId, @Bind("holder") String holder, @Bind("iban") String iban,
                @Bind("bic") String bic, @Bind("now") Instant now);
}
