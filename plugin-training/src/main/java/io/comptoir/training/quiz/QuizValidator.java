package io.comptoir.training.quiz;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;
import io.comptoir.training.support.Texts;

import java.util.ArrayList;
import java.util.List;

/** The rules of a quiz an admin writes: short, every question answerable. */
public final class QuizValidator {
    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_CHOICES = 8;

    private QuizValidator() {
    }

    /** @return the quiz with its texts stripped */
    public static Quiz validate(Quiz quiz) {
        if (quiz.passMark() < 1 || quiz.passMark() > 100) {
            throw InvalidInputException.invalid("passMark", "a pass mark is between 1 and 100 %");
        }
        if (quiz.questions().isEmpty() || quiz.questions().size() > MAX_QUESTIONS) {
            throw InvalidInputException.invalid("questions", "a quiz has 1 to " + MAX_QUESTIONS + " questions");
        }
        List<QuizQuestion> questions = new ArrayList<>();
        for (QuizQuestion question : quiz.questions()) {
            String prompt = Texts.line("questions", question.prompt(), 1, 1000);
            if (question.choices().size() < 2 || question.choices().size() > MAX_CHOICES) {
                throw InvalidInputException.invalid("questions", "a question has 2 to " + MAX_CHOICES + " choices");
            }
            if (question.correctCount() == 0) {
                throw InvalidInputException.invalid("questions", "question \"" + prompt + "\" has no right answer");
            }
            List<QuizChoice> choices = question.choices().stream()
                    .map(choice -> new QuizChoice(Texts.line("questions", choice.label(), 1, 500), choice.correct())).toList();
            questions.add(new QuizQuestion(prompt, choices));
        }
        return new Quiz(quiz.passMark(), questions);
    }
}
