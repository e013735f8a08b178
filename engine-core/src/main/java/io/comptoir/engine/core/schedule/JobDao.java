package io.comptoir.engine.core.schedule;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

@RegisterConstructorMapper(JobRow.class)
public interface JobDao {

    @SqlQuery("SELECT COUNT(*) FROM scheduled_job WHERE name = :name")
    int exists(@Bind("name") String name);

    @SqlUpdate("INSERT INTO scheduled_job (name, registered_at) VALUES (:name, :now)")
    void insert(@Bind("name") String name, @Bind("now") Instant now);

    /** Jobs scheduled before their first scheduling was recorded count from now. */
    @SqlUpdate("UPDATE scheduled_job SET registered_at = :now WHERE name = :name AND registered_at IS NULL")
    void registered(@Bind("name") String name, @Bind("now") Instant now);

    /** Takes the job's lease if it is free and the job is due; 1 when this node won. */
    @SqlUpdate("""
            UPDATE scheduled_job SET locked_until = :leaseEnd, locked_by = :node
            WHERE name = :name AND (locked_until IS NULL OR locked_until < :now)
              AND (last_run_at IS NULL OR last_run_at <= :dueBefore)""")
    int claim(@Bind("name") String name, @Bind("node") String node, @Bind("now") Instant now, @Bind("dueBefore") Instant dueBefore,
              @Bind("leaseEnd") Instant leaseEnd);

    /** Extends the lease of a job this node is running; 0 when the node lost it. */
    @SqlUpdate("UPDATE scheduled_job SET locked_until = :leaseEnd WHERE name = :name AND locked_by = :node")
    int renew(@Bind("name") String name, @Bind("node") String node, @Bind("leaseEnd") Instant leaseEnd);

    @SqlUpdate("""
            UPDATE scheduled_job SET last_run_at = :now, last_success_at = :now, consecutive_failures = 0, last_error = NULL,
                                     locked_until = NULL, locked_by = NULL
            WHERE name = :name AND locked_by = :node""")
    void succeeded(@Bind("name") String name, @Bind("node") String node, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE scheduled_job SET last_run_at = :now, last_failure_at = :now, consecutive_failures = consecutive_failures + 1,
                                     last_error = :error, locked_until = NULL, locked_by = NULL
            WHERE name = :name AND locked_by = :node""")
    void failed(@Bind("name") String name, @Bind("node") String node, @Bind("now") Instant now, @Bind("error") String error);

    @SqlQuery("""
            SELECT name, registered_at, last_success_at, last_failure_at, last_error, consecutive_failures
            FROM scheduled_job ORDER BY name""")
    List<JobRow> all();
}
