package io.comptoir.training.course;

import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.quiz.QuizStore;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds modules from their rows, with their prerequisites and quizzes, in a few queries. */
final class ModuleAssembler {
    private ModuleAssembler() {
    }

    static List<TrainingModule> assemble(Handle handle, List<ModuleRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ModuleRow::id).toList();
        Map<Long, List<ModuleId>> prerequisites = new HashMap<>();
        handle.attach(ModuleDao.class).prerequisitesOf(ids).forEach(edge ->
                prerequisites.computeIfAbsent(edge.moduleId(), k -> new ArrayList<>()).add(new ModuleId(edge.prerequisiteId())));
        Map<Long, Integer> passMarks = new HashMap<>();
        rows.forEach(row -> passMarks.put(row.id(), row.passMark()));
        Map<Long, Quiz> quizzes = QuizStore.load(handle, passMarks);
        return rows.stream().map(row -> new TrainingModule(new ModuleId(row.id()), new CourseId(row.courseId()), row.title(),
                row.summary(), row.content(), row.minutes(), row.position(), prerequisites.getOrDefault(row.id(), List.of()),
                Optional.ofNullable(quizzes.get(row.id())), row.createdAt(), row.updatedAt())).toList();
    }
}
