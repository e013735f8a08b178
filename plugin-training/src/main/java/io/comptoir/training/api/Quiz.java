package io.comptoir.training.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A short quiz that completes a module, with its answers.
 *
 * @param passMark the share of questions to answer right, in percent (1 to 100)
 */
public record Quiz(int passMark, List<QuizQuestion> questions) {
    public Quiz {
        questions = List.copyOf(requireNonNull(questions, "questions is null"));
    }

    /** What a learner sees: the questions and choices, not which are right. */
    public QuizView view() {
        return new QuizView(passMark, questions.stream().map(QuizQuestion::view).toList());
    }
}
