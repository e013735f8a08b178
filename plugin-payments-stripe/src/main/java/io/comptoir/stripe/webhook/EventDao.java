package io.comptoir.stripe.webhook;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;

interface EventDao {

    @SqlQuery("SELECT COUNT(*) FROM stripe_event WHERE id = :id")
    int seen(@Bind("id") String id);

    @SqlUpdate("INSERT INTO stripe_event (id, type, received_at) VALUES (:id, :type, :at)")
    void insert(@Bind("id") String id, @Bind("type") String type, @Bind("at") Instant at);
}
