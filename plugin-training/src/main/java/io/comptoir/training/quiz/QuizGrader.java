package io.comptoir.training.quiz;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizQuestion;
import io.comptoir.training.api.QuizResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Marks a learner's answers. Passed when {@code correct × 100 ≥ passMark × total}: a pass mark of 80 % with 5 questions needs 4. */
public final class QuizGrader {
    private QuizGrader() {
    }

    /**
     * @param answers for each question, in order, the indexes of the chosen choices
     * @throws InvalidInputException {@code invalid_answers} when there is not one answer per question or a choice
     *         index does not exist
     */
    public static QuizResult grade(Quiz quiz, List<Set<Integer>> answers) {
        if (answers == null || answers.size() != quiz.questions().size()) {
            throw InvalidInputException.invalid("answers", "answer each of the " + quiz.questions().size() + " questions");
        }
        List<Boolean> right = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < answers.size(); i++) {
            QuizQuestion question = quiz.questions().get(i);
            Set<Integer> chosen = answers.get(i);
            if (chosen == null || chosen.isEmpty()) {
                throw InvalidInputException.invalid("answers", "question " + (i + 1) + " has no answer");
            }
            Set<Integer> expected = new HashSet<>();
            for (int c = 0; c < question.choices().size(); c++) {
                if (question.choices().get(c).correct()) {
                    expected.add(c);
                }
            }
            for (Integer index : chosen) {
                if (index == null || index < 0 || index >= question.choices().size()) {
                    throw InvalidInputException.invalid("answers", "question " + (i + 1) + " has no choice " + index);
                }
            }
            boolean ok = expected.equals(chosen);
            right.add(ok);
            correct += ok ? 1 : 0;
        }
        int total = quiz.questions().size();
        return new QuizResult(correct, total, quiz.passMark(), correct * 100 >= quiz.passMark() * total, right);
    }
}
