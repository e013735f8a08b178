package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.JsonBody;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.CourseDraft;
import io.comptoir.training.api.ModuleDraft;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.Quiz;
import io.comptoir.training.api.QuizChoice;
import io.comptoir.training.api.QuizQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Courses and modules as the API and the forms send them, read into the plugin's drafts. The plugin checks the rules
 * (lengths, prerequisites, quizzes); this only refuses what cannot even be read, naming the field the same way.
 */
final class CourseInputs {
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2_000;
    static final int MAX_CONTENT = 100_000;
    static final int MAX_POSITION = 10_000;

    private CourseInputs() {
    }

    static CourseDraft course(JsonBody body) {
        return new CourseDraft(body.text("title", MAX_TITLE), body.optionalText("summary", MAX_SUMMARY).orElse(""),
                body.optionalBool("required").orElse(false), body.optionalBool("published").orElse(false),
                body.optionalInteger("position", 0, MAX_POSITION).orElse(0L).intValue());
    }

    static CourseDraft course(FormParams form) {
        return new CourseDraft(form.required("title", MAX_TITLE), form.text("summary", MAX_SUMMARY), form.checked("required"),
                form.checked("published"), position(form));
    }

    static ModuleDraft module(JsonBody body) {
        List<ModuleId> prerequisites = body.optionalIntegers("prerequisites", 50, 1, Long.MAX_VALUE).stream().map(ModuleId::new).toList();
        Optional<Quiz> quiz = body.optionalObject("quiz").map(CourseInputs::quiz);
        return new ModuleDraft(body.text("title", MAX_TITLE), body.optionalText("summary", MAX_SUMMARY).orElse(""),
                body.text("content", MAX_CONTENT), (int) body.integer("minutes", 1, 600),
                body.optionalInteger("position", 0, MAX_POSITION).orElse(0L).intValue(), prerequisites, quiz);
    }

    private static Quiz quiz(JsonBody quiz) {
        int passMark = (int) quiz.integer("passMark", 1, 100);
        List<QuizQuestion> questions = new ArrayList<>();
        for (JsonBody question : quiz.objects("questions", 20)) {
            List<QuizChoice> choices = new ArrayList<>();
            for (JsonBody choice : question.objects("choices", 8)) {
                choices.add(new QuizChoice(choice.text("label", 500), choice.bool("correct")));
            }
            questions.add(new QuizQuestion(question.text("prompt", 1_000), choices));
        }
        return new Quiz(passMark, questions);
    }

    static ModuleDraft module(FormParams form) {
        List<ModuleId> prerequisites = new ArrayList<>();
        for (String value : form.all("prerequisites")) {
            if (!value.matches("[0-9]{1,18}") || Long.parseLong(value) == 0) {
                throw InvalidInputException.invalid("prerequisites", "prerequisites are module ids");
            }
            prerequisites.add(new ModuleId(Long.parseLong(value)));
        }
        String quizText = form.text(QuizText.FIELD, QuizText.MAX_LENGTH);
        int passMark = quizText.isBlank() ? 0 : form.integer("passMark", 1, 100);
        return new ModuleDraft(form.required("title", MAX_TITLE), form.text("summary", MAX_SUMMARY),
                form.required("content", MAX_CONTENT), form.integer("minutes", 1, 600), position(form), prerequisites,
                quizText.isBlank() ? Optional.empty() : QuizText.parse(quizText, passMark));
    }

    private static int position(FormParams form) {
        return form.raw("position").isEmpty() ? 0 : form.integer("position", 0, MAX_POSITION);
    }
}
