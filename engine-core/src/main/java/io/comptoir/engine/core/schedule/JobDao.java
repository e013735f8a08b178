package io.comptoir.engine.core.schedule;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;

public interface JobDao {

    @SqlQuery("SELECT COUNT(*) FROM scheduled_job WHERE name = :name")
    int exists(@Bind("name") String name);

    @SqlUpdate("INSERT INTO scheduled_job (name) VALUES (:name)")
    void insert(@Bind("name") String name);

    /** Takes the job's lease if it is free and the job is due; 1 when this node won. */
    @SqlUpdate("""
            UPDATE scheduled_job SET locked_until = :leaseEnd, locked_by = :node
            WHERE name = :name AND (locked_until IS NULL OR locked_until < :now)
              AND (last_run_at IS NULL OR last_run_at <= :dueBefore)""")
    int claim(@Bind("name") String name, @Bind("node") String node, @Bind("now") Instant now, @Bind("dueBefore") Instant dueBefore,
              @Bind("leaseEnd") Instant leaseEnd);

    @SqlUpdate("UPDATE scheduled_job SET last_run_at = :now, locked_until = NULL, locked_by = NULL WHERE name = :name AND locked_by = :node")
    void done(@Bind("name") String name, @Bind("node") String node, @Bind("now") Instant now);
}
