package io.comptoir.training.api;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A quiz attempt: its result and, when passed, the completion it gave (or the one the person already had). */
public record QuizOutcome(QuizResult result, Optional<Completion> completion) {
    public QuizOutcome {
        requireNonNull(result, "result is null");
        requireNonNull(completion, "completion is null");
    }
}
