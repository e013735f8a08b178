package io.comptoir.app.training;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quiz written as plain text, so that a page without JavaScript can edit any number of questions in one field:
 * <pre>
 * ? Où retirer une commande en click &amp; collect ?
 * * En boutique
 * - Au bureau de poste
 * </pre>
 * A line starting with {@code ?} opens a question, {@code *} is a right choice, {@code -} a wrong one; blank lines are
 * ignored. An empty text is no quiz.
 */
final class QuizText {
    static final String FIELD = "questions";
    static final int MAX_LENGTH = 20_000;

    private QuizText() {
    }

    static Optional<Quiz> parse(String text, int passMark) {
        List<QuizQuestion> questions = new ArrayList<>();
        String prompt = null;
        List<QuizChoice> choices = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            char mark = line.charAt(0);
            String rest = line.substring(1).strip();
            if (mark == '?') {
                if (prompt != null) {
                    questions.add(new QuizQuestion(prompt, choices));
                }
                prompt = rest;
                choices = new ArrayList<>();
            }
            else if ((mark == '*' || mark == '-') && prompt != null) {
                choices.add(new QuizChoice(rest, mark == '*'));
            }
            else {
                throw InvalidInputException.invalid(FIELD, "line " + (i + 1) + ": start a question with '?', a right choice with '*', "
                        + "a wrong one with '-'");
            }
        }
        if (prompt != null) {
            questions.add(new QuizQuestion(prompt, choices));
        }
        return questions.isEmpty() ? Optional.empty() : Optional.of(new Quiz(passMark, questions));
    }

    static String format(Optional<Quiz> quiz) {
        StringBuilder text = new StringBuilder();
        quiz.ifPresent(q -> q.questions().forEach(question -> {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("? ").append(question.prompt()).append('\n');
            question.choices().forEach(choice -> text.append(choice.correct() ? "* " : "- ").append(choice.label()).append('\n'));
        }));
        return text.toString();
    }
}
