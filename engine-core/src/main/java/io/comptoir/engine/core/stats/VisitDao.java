package io.comptoir.engine.core.stats;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public interface VisitDao {

    /** Inserts the visit unless it is there (a plain insert-select, the same on H2 and PostgreSQL). */
    @SqlUpdate("""
            INSERT INTO site_visit (visit_day, visitor_hash)
            SELECT :day, :visitor WHERE NOT EXISTS (SELECT 1 FROM site_visit WHERE visit_day = :day AND visitor_hash = :visitor)""")
    int record(@Bind("day") LocalDate day, @Bind("visitor") String visitorHash);

    @SqlQuery("SELECT visit_day, COUNT(*) AS visits FROM site_visit WHERE visit_day BETWEEN :from AND :to GROUP BY visit_day")
    @org.jdbi.v3.sqlobject.config.KeyColumn("visit_day")
    @org.jdbi.v3.sqlobject.config.ValueColumn("visits")
    Map<LocalDate, Long> perDay(@Bind("from") LocalDate from, @Bind("to") LocalDate to);
}
