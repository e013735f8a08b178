package io.comptoir.training.quiz;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;
import io.comptoir.training.api.QuizResult;
import io.comptoir.training.api.QuizView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class QuizGraderTest {
    private static final QuizQuestion ONE = new QuizQuestion("Un ?", List.of(new QuizChoice("oui", true), new QuizChoice("non", false)));
    private static final QuizQuestion SEVERAL = new QuizQuestion("Lesquels ?", List.of(new QuizChoice("a", true), new QuizChoice("b", false),
            new QuizChoice("c", true)));

    private static Quiz quiz(int passMark, int questions) {
        return new Quiz(passMark, java.util.Collections.nCopies(questions, ONE));
    }

    private static List<Set<Integer>> answers(int right, int total) {
        return java.util.stream.IntStream.range(0, total).mapToObj(i -> i < right ? Set.of(0) : Set.of(1)).toList();
    }

    @Test
    void thePassMarkIsAShareOfRightAnswersReachedExactly() {
        assertThat(QuizGrader.grade(quiz(80, 5), answers(4, 5)).passed()).isTrue();
        assertThat(QuizGrader.grade(quiz(80, 5), answers(3, 5)).passed()).isFalse();
        assertThat(QuizGrader.grade(quiz(75, 4), answers(3, 4)).passed()).isTrue();
        assertThat(QuizGrader.grade(quiz(76, 4), answers(3, 4)).passed()).isFalse();
        assertThat(QuizGrader.grade(quiz(100, 3), answers(3, 3))).extracting(QuizResult::correct, QuizResult::total, QuizResult::percent)
                .containsExactly(3, 3, 100);
    }

    @Test
    void aQuestionWithSeveralRightChoicesNeedsExactlyThose() {
        Quiz quiz = new Quiz(100, List.of(SEVERAL));
        assertThat(QuizGrader.grade(quiz, List.of(Set.of(0, 2))).passed()).isTrue();
        assertThat(QuizGrader.grade(quiz, List.of(Set.of(0))).passed()).isFalse();
        assertThat(QuizGrader.grade(quiz, List.of(Set.of(0, 1, 2))).rightByQuestion()).containsExactly(false);
        assertThat(quiz.view().questions().get(0).multipleAnswers()).isTrue();
    }

    @Test
    void malformedAnswersAreRefusedNamingTheField() {
        Quiz quiz = quiz(50, 2);
        assertThatThrownBy(() -> QuizGrader.grade(quiz, List.of(Set.of(0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("answers"));
        assertThatThrownBy(() -> QuizGrader.grade(quiz, List.of(Set.of(0), Set.of(2))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("invalid_answers"));
        assertThatThrownBy(() -> QuizGrader.grade(quiz, List.of(Set.of(0), Set.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> QuizGrader.grade(quiz, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theLearnersViewCarriesNoAnswer() {
        QuizView view = quiz(50, 1).view();
        assertThat(view.questions().get(0).choices()).containsExactly("oui", "non");
        assertThat(view.toString()).doesNotContain("true");
    }
}
