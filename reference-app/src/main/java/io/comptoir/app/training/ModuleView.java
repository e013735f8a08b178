package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.training.api.ModulePage;
import io.comptoir.training.api.ModuleState;
import io.comptoir.training.api.QuizResult;
import io.comptoir.training.api.QuizView;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module to read, and its quiz; after an attempt, its result.
 *
 * @param answers the choices ticked in the last attempt, per question, to show them again
 */
public record ModuleView(BackOfficeFrame frame, ModulePage module, Badge state, String coursesUrl, String actionBase,
                         Optional<String> completedOn, Optional<QuizResult> result, List<Set<Integer>> answers) {
    public ModuleView {
        answers = List.copyOf(answers);
    }

    /** The content, its headings under the page's title. */
    public String html() {
        return HeadingLevels.demote(module.html(), 1);
    }

    public boolean locked() {
        return module.state() == ModuleState.LOCKED;
    }

    /** Reading completes it: no quiz, open, and this person has not completed it yet. */
    public boolean canMarkRead() {
        return module.quiz().isEmpty() && !locked() && module.completion().isEmpty();
    }

    public boolean hasQuiz() {
        return module.quiz().isPresent() && !locked();
    }

    public List<QuizView.Question> questions() {
        return module.quiz().map(QuizView::questions).orElse(List.of());
    }

    public int passMark() {
        return module.quiz().map(QuizView::passMark).orElse(0);
    }

    public boolean ticked(int question, int choice) {
        return question < answers.size() && answers.get(question).contains(choice);
    }

    /** Whether the last attempt got this question right, or null before any attempt. */
    public Boolean rightAt(int question) {
        return result.map(r -> question < r.rightByQuestion().size() ? r.rightByQuestion().get(question) : null).orElse(null);
    }
}
