package io.comptoir.stripe.connect;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

@RegisterConstructorMapper(AccountRow.class)
interface AccountDao {

    @SqlQuery("SELECT * FROM stripe_account WHERE merchant_id = :merchantId")
    Optional<AccountRow> byMerchant(@Bind("merchantId") long merchantId);

    @SqlQuery("SELECT * FROM stripe_account WHERE account_id = :accountId")
    Optional<AccountRow> byAccount(@Bind("accountId") String accountId);

    @SqlUpdate("""
            INSERT INTO stripe_account (merchant_id, account_id, details_submitted, charges_enabled, payouts_enabled, transfers,
                                        requirements_due, disabled_reason, created_at, updated_at)
            VALUES (:merchantId, :accountId, :detailsSubmitted, :chargesEnabled, :payoutsEnabled, :transfers, :due, :disabledReason,
                    :now, :now)
            """)
    void insert(@Bind("merchantId") long merchantId, @Bind("accountId") String accountId, @Bind("detailsSubmitted") boolean detailsSubmitted,
                @Bind("chargesEnabled") boolean chargesEnabled, @Bind("payoutsEnabled") boolean payoutsEnabled,
                @Bind("transfers") String transfers, @Bind("due") String due, @Bind("disabledReason") String disabledReason,
                @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE stripe_account SET details_submitted = :detailsSubmitted, charges_enabled = :chargesEnabled,
                   payouts_enabled = :payoutsEnabled, transfers = :transfers, requirements_due = :due, disabled_reason = :disabledReason,
                   updated_at = :now
            WHERE account_id = :accountId
            """)
    int update(@Bind("accountId") String accountId, @Bind("detailsSubmitted") boolean detailsSubmitted,
               @Bind("chargesEnabled") boolean chargesEnabled, @Bind("payoutsEnabled") boolean payoutsEnabled,
               @Bind("transfers") String transfers, @Bind("due") String due, @Bind("disabledReason") String disabledReason,
               @Bind("now") Instant now);
}
