package io.comptoir.training.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A question and its choices; one or several are right, and an answer is right when it picks exactly those. */
public record QuizQuestion(String prompt, List<QuizChoice> choices) {
    public QuizQuestion {
        requireNonNull(prompt, "prompt is null");
        choices = List.copyOf(requireNonNull(choices, "choices is null"));
    }

    public long correctCount() {
        return choices.stream().filter(QuizChoice::correct).count();
    }

    QuizView.Question view() {
        return new QuizView.Question(prompt, choices.stream().map(QuizChoice::label).toList(), correctCount() > 1);
    }
}
