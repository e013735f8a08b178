package io.comptoir.training.quiz;

/** A row of {@code training_quiz_question}. */
public record QuestionRow(long id, long moduleId, int position, String prompt) {
}
