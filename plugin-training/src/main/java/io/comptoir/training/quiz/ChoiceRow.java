package io.comptoir.training.quiz;

/** A row of {@code training_quiz_choice}. */
public record ChoiceRow(long id, long questionId, int position, String label, boolean correct) {
}
