package io.comptoir.training.course;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(ModuleRow.class)
@RegisterConstructorMapper(PrerequisiteRow.class)
interface ModuleDao {
    String COLUMNS = "id, course_id, title, summary, content, minutes, position, pass_mark, created_at, updated_at";

    @SqlUpdate("""
            INSERT INTO training_module (course_id, title, summary, content, minutes, position, pass_mark, created_at, updated_at)
            VALUES (:courseId, :title, :summary, :content, :minutes, :position, :passMark, :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("courseId") long courseId, @Bind("title") String title, @Bind("summary") String summary,
                @Bind("content") String content, @Bind("minutes") int minutes, @Bind("position") int position,
                @Bind("passMark") Integer passMark, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE training_module SET title = :title, summary = :summary, content = :content, minutes = :minutes,
                   position = :position, pass_mark = :passMark, updated_at = :now
            WHERE id = :id""")
    void update(@Bind("id") long id, @Bind("title") String title, @Bind("summary") String summary,
                @Bind("content") String content, @Bind("minutes") int minutes, @Bind("position") int position,
                @Bind("passMark") Integer passMark, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_module WHERE id = :id")
    Optional<ModuleRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_module WHERE course_id = :courseId ORDER BY position, id")
    List<ModuleRow> ofCourse(@Bind("courseId") long courseId);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_module WHERE id = ANY(:ids) ORDER BY course_id, position, id")
    List<ModuleRow> withIds(@Bind("ids") Collection<Long> ids);

    @SqlQuery("SELECT " + COLUMNS + " FROM training_module ORDER BY course_id, position, id")
    List<ModuleRow> all();

    @SqlQuery("""
            SELECT m.id, m.course_id, m.title, m.summary, m.content, m.minutes, m.position, m.pass_mark, m.created_at, m.updated_at
            FROM training_module m JOIN training_course c ON c.id = m.course_id
            WHERE c.required ORDER BY c.position, c.id, m.position, m.id""")
    List<ModuleRow> ofRequiredCourses();

    @SqlQuery("SELECT module_id, prerequisite_id FROM training_module_prerequisite WHERE module_id = ANY(:ids) ORDER BY module_id, prerequisite_id")
    List<PrerequisiteRow> prerequisitesOf(@Bind("ids") Collection<Long> moduleIds);

    @SqlQuery("""
            SELECT p.module_id, p.prerequisite_id FROM training_module_prerequisite p
            JOIN training_module m ON m.id = p.module_id WHERE m.course_id = :courseId""")
    List<PrerequisiteRow> prerequisitesInCourse(@Bind("courseId") long courseId);

    @SqlUpdate("DELETE FROM training_module_prerequisite WHERE module_id = :moduleId")
    void clearPrerequisites(@Bind("moduleId") long moduleId);

    @SqlBatch("INSERT INTO training_module_prerequisite (module_id, prerequisite_id) VALUES (:moduleId, :prerequisiteId)")
    void insertPrerequisites(@Bind("moduleId") long moduleId, @Bind("prerequisiteId") List<Long> prerequisites);

    @SqlQuery("""
            SELECT (SELECT COUNT(*) FROM training_completion WHERE module_id = :id)
                 + (SELECT COUNT(*) FROM training_session WHERE module_id = :id)
                 + (SELECT COUNT(*) FROM training_quiz_attempt WHERE module_id = :id)""")
    long usage(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM training_module_prerequisite WHERE prerequisite_id = :id")
    int dependents(@Bind("id") long id);

    @SqlUpdate("DELETE FROM training_module WHERE id = :id")
    void delete(@Bind("id") long id);
}
