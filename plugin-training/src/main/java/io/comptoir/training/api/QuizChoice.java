package io.comptoir.training.api;

import static java.util.Objects.requireNonNull;

public record QuizChoice(String label, boolean correct) {
    public QuizChoice {
        requireNonNull(label, "label is null");
    }
}
