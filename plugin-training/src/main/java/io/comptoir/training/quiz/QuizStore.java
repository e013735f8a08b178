package io.comptoir.training.quiz;

import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the quizzes of modules in the caller's handle. */
public final class QuizStore {
    private QuizStore() {
    }

    /** The quiz of each module that has one; {@code passMarks} gives each module's pass mark (null: no quiz). */
    public static Map<Long, Quiz> load(Handle handle, Map<Long, Integer> passMarks) {
        List<Long> withQuiz = passMarks.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList();
        if (withQuiz.isEmpty()) {
            return Map.of();
        }
        QuizDao dao = handle.attach(QuizDao.class);
        List<QuestionRow> questions = dao.questionsOf(withQuiz);
        Map<Long, List<QuizChoice>> choices = new HashMap<>();
        if (!questions.isEmpty()) {
            dao.choicesOf(questions.stream().map(QuestionRow::id).toList()).forEach(choice ->
                    choices.computeIfAbsent(choice.questionId(), k -> new ArrayList<>()).add(new QuizChoice(choice.label(), choice.correct())));
        }
        Map<Long, List<QuizQuestion>> byModule = new HashMap<>();
        for (QuestionRow question : questions) {
            byModule.computeIfAbsent(question.moduleId(), k -> new ArrayList<>())
                    .add(new QuizQuestion(question.prompt(), choices.getOrDefault(question.id(), List.of())));
        }
        Map<Long, Quiz> quizzes = new HashMap<>();
        for (Long module : withQuiz) {
            quizzes.put(module, new Quiz(passMarks.get(module), byModule.getOrDefault(module, List.of())));
        }
        return quizzes;
    }

    /** Replaces the questions of a module (the pass mark lives on the module row). */
    public static void replace(Handle handle, long moduleId, Optional<Quiz> quiz) {
        QuizDao dao = handle.attach(QuizDao.class);
        dao.deleteChoices(moduleId);
        dao.deleteQuestions(moduleId);
        quiz.ifPresent(value -> {
            for (int q = 0; q < value.questions().size(); q++) {
                QuizQuestion question = value.questions().get(q);
                long questionId = dao.insertQuestion(moduleId, q, question.prompt());
                for (int c = 0; c < question.choices().size(); c++) {
                    QuizChoice choice = question.choices().get(c);
                    dao.insertChoice(questionId, c, choice.label(), choice.correct());
                }
            }
        });
    }
}
