package io.comptoir.app.training;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain-text form of a quiz, for pages without JavaScript. */
final class QuizTextTest {

    @Test
    void questionsAndTheirRightAndWrongChoicesAreReadFromMarkedLines() {
        Optional<Quiz> quiz = QuizText.parse("? Où retirer ?\r\n* En boutique\n- À la poste\n\n  ? Rendre la monnaie ?\n- Oui\n* Non\n", 75);

        assertThat(quiz).hasValueSatisfying(q -> {
            assertThat(q.passMark()).isEqualTo(75);
            assertThat(q.questions()).containsExactly(
                    new QuizQuestion("Où retirer ?", List.of(new QuizChoice("En boutique", true), new QuizChoice("À la poste", false))),
                    new QuizQuestion("Rendre la monnaie ?", List.of(new QuizChoice("Oui", false), new QuizChoice("Non", true))));
        });
    }

    @Test
    void anEmptyTextIsNoQuiz() {
        assertThat(QuizText.parse("  \n\n", 80)).isEmpty();
        assertThat(QuizText.format(Optional.empty())).isEmpty();
    }

    @Test
    void anUnmarkedLineOrAChoiceBeforeAnyQuestionNamesTheQuestionsFieldAndTheLine() {
        assertThatThrownBy(() -> QuizText.parse("? Prêt ?\n* Oui\nNon", 50)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).contains("questions");
            assertThat(e.getMessage()).startsWith("line 3:");
        });
        assertThatThrownBy(() -> QuizText.parse("* Oui\n? Prêt ?", 50)).isInstanceOf(InvalidInputException.class);
    }

    /** Any quiz written back as text reads back the same (seeded generator; the seed is printed on failure). */
    @Test
    void formattingThenParsingGivesTheSameQuiz() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            List<QuizQuestion> questions = new ArrayList<>();
            for (int q = 0, n = 1 + random.nextInt(5); q < n; q++) {
                List<QuizChoice> choices = new ArrayList<>();
                for (int c = 0, m = 2 + random.nextInt(4); c < m; c++) {
                    choices.add(new QuizChoice(word(random) + " " + word(random), random.nextBoolean()));
                }
                questions.add(new QuizQuestion(word(random) + " ?", choices));
            }
            Quiz quiz = new Quiz(1 + random.nextInt(100), questions);
            assertThat(QuizText.parse(QuizText.format(Optional.of(quiz)), quiz.passMark())).as("seed " + seed).contains(quiz);
        }
    }

    private static String word(Random random) {
        String letters = "abcdéèàçôûxyz?*-'’";
        StringBuilder word = new StringBuilder();
        word.append("abcdéèàçôûxyz".charAt(random.nextInt(13)));
        for (int i = 0, n = random.nextInt(8); i < n; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
