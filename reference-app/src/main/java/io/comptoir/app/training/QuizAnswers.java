package io.comptoir.app.training;

import io.comptoir.engine.api.error.InvalidInputException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The choices ticked for one question of a quiz, as indexes; anything but small whole numbers is refused naming the field. */
final class QuizAnswers {
    static final int MAX_CHOICE = 100;

    private QuizAnswers() {
    }

    static Set<Integer> choices(String field, List<String> values) {
        Set<Integer> choices = new LinkedHashSet<>();
        for (String value : values) {
            if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) >= MAX_CHOICE) {
                throw InvalidInputException.invalid(field, field + " must hold choice numbers, got '" + value + "'");
            }
            choices.add(Integer.parseInt(value));
        }
        return choices;
    }
}
