package io.comptoir.training.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * How a quiz went.
 *
 * @param rightByQuestion for each question, in order, whether it was answered right
 */
public record QuizResult(int correct, int total, int passMark, boolean passed, List<Boolean> rightByQuestion) {
    public QuizResult {
        rightByQuestion = List.copyOf(requireNonNull(rightByQuestion, "rightByQuestion is null"));
    }

    /** The score in percent, rounded down. */
    public int percent() {
        return total == 0 ? 0 : correct * 100 / total;
    }
}
