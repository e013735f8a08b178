package io.comptoir.training.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A quiz as a learner sees it: no answers. */
public record QuizView(int passMark, List<Question> questions) {
    public QuizView {
        questions = List.copyOf(requireNonNull(questions, "questions is null"));
    }

    /** @param multipleAnswers whether several choices are right (check boxes rather than radio buttons) */
    public record Question(String prompt, List<String> choices, boolean multipleAnswers) {
        public Question {
            requireNonNull(prompt, "prompt is null");
            choices = List.copyOf(requireNonNull(choices, "choices is null"));
        }
    }
}
