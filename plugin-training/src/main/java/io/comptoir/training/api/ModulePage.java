package io.comptoir.training.api;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A module as a shop's staff member sees it.
 *
 * @param html the content, rendered safely (see {@link io.comptoir.plugin.kit.SafeMarkdown}): put it in the page as is
 * @param quiz the quiz to pass to complete the module, without its answers; empty when reading completes it
 * @param missingPrerequisites titles of the modules the shop must complete first (empty unless {@link ModuleState#LOCKED})
 * @param completion this person's completion for this shop, if any
 */
public record ModulePage(ModuleId module, CourseId course, String courseTitle, String title, String summary, String html,
                         int minutes, Optional<QuizView> quiz, ModuleState state, List<String> missingPrerequisites,
                         Optional<Completion> completion) {
    public ModulePage {
        requireNonNull(module, "module is null");
        requireNonNull(course, "course is null");
        requireNonNull(courseTitle, "courseTitle is null");
        requireNonNull(title, "title is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(html, "html is null");
        requireNonNull(quiz, "quiz is null");
        requireNonNull(state, "state is null");
        missingPrerequisites = List.copyOf(requireNonNull(missingPrerequisites, "missingPrerequisites is null"));
        requireNonNull(completion, "completion is null");
    }
}
