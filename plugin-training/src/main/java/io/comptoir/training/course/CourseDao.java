package io.comptoir.training.course;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(CourseRow.class)
interface CourseDao {
    String COLUMNS = "id, title, summary, required, required_since, published, position, created_at, updated_at";

    @SqlUpdate("""
            INSERT INTO training_course (title, summary, required, required_since, published, position, created_at, updated_at)
            VALUES (:title, :summary, :required, :requiredSince, :published, :position, :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("title") String title, @Bind("summary") String summary, @Bind("required") boolean required,
                @Bind("requiredSince") Instant requiredSince, @Bind("published") boolean published,
                @Bind("position") int position, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE training_course SET title = :title, summary = :summary, required = :required,
                   required_since = :requiredSince, published = :published, position = :position, updated_at = :now
            WHERE id = :id""")
    void update(@Bind("id") long id, @Bind("title") String title, @Bind("summary") String summary,
                @Bind("required") boolean required, @Bind("requiredSince") Instant requiredSince,
                @Bind("published") boolean published, @Bind("position") int position, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_course WHERE id = :id")
    Optional<CourseRow> find(@Bind("id") long id);

    /** Serialises the edits of one course's modules (their prerequisites must stay acyclic). */
    @SqlQuery("SELECT " + COLUMNS + " FROM training_course WHERE id = :id FOR UPDATE")
    Optional<CourseRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_course ORDER BY position, id")
    List<CourseRow> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM training_course WHERE published ORDER BY position, id")
    List<CourseRow> published();
}
