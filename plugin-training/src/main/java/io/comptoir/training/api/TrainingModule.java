package io.comptoir.training.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A module of a course: e-learning content in Markdown, possibly a quiz, and workshops that cover it.
 *
 * @param content Markdown, rendered for people by {@link io.comptoir.plugin.kit.SafeMarkdown}
 * @param minutes about how long it takes
 * @param prerequisites modules of the same course a shop completes before this one
 * @param quiz the quiz that completes the module, with its answers: never send it to learners (they get a
 *        {@link io.comptoir.training.api.QuizView})
 */
public record TrainingModule(ModuleId id, CourseId courseId, String title, String summary, String content, int minutes,
                             int position, List<ModuleId> prerequisites, Optional<Quiz> quiz, Instant createdAt,
                             Instant updatedAt) {
    public TrainingModule {
        requireNonNull(id, "id is null");
        requireNonNull(courseId, "courseId is null");
        requireNonNull(title, "title is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(content, "content is null");
        prerequisites = List.copyOf(requireNonNull(prerequisites, "prerequisites is null"));
        requireNonNull(quiz, "quiz is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }
}
