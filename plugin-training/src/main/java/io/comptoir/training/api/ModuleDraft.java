package io.comptoir.training.api;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A module as an admin writes it.
 *
 * @param title 1 to 200 characters
 * @param summary up to 1 000 characters
 * @param content Markdown, 1 to 100 000 characters (raw HTML is shown as text, never run)
 * @param minutes 1 to 600
 * @param position order within the course, 0 or more
 * @param prerequisites other modules of the same course, without cycles
 * @param quiz the quiz that completes the module, if it needs one
 */
public record ModuleDraft(String title, String summary, String content, int minutes, int position,
                          List<ModuleId> prerequisites, Optional<Quiz> quiz) {
    public ModuleDraft {
        requireNonNull(title, "title is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(content, "content is null");
        prerequisites = List.copyOf(requireNonNull(prerequisites, "prerequisites is null"));
        requireNonNull(quiz, "quiz is null");
    }
}
