package io.comptoir.app.training;

import io.comptoir.training.api.Course;
import io.comptoir.training.api.TrainingModule;

import java.util.List;

/** A course: its settings form, its publication, its modules and the form to add one. */
public record CourseView(TrainingFrame frame, Course course, List<TrainingModule> modules, FormValues form, FormValues moduleForm,
                         boolean moduleSent) {
    public CourseView {
        modules = List.copyOf(modules);
    }

    static FormValues values(Course course) {
        FormValues.Builder values = FormValues.builder().put("title", course.title()).put("summary", course.summary())
                .put("position", course.position());
        if (course.required()) {
            values.put("required", "true");
        }
        if (course.published()) {
            values.put("published", "true");
        }
        return values.build();
    }

    /** The layout for the course's form: its fields show problems only when it was the form sent. */
    public TrainingFrame courseFrame() {
        return moduleSent ? frame.quiet() : frame;
    }

    public TrainingFrame moduleFrame() {
        return moduleSent ? frame : frame.quiet();
    }

    public String action() {
        return TrainingAdminPaths.course(course.id().value());
    }

    public String publicationAction() {
        return action() + "/publication";
    }

    public String moduleAction() {
        return action() + "/modules";
    }

    public String moduleUrl(TrainingModule module) {
        return TrainingAdminPaths.module(module.id().value());
    }

    /** The titles of a module's prerequisites, for the table. */
    public String prerequisites(TrainingModule module) {
        return String.join(", ", module.prerequisites().stream()
                .map(id -> modules.stream().filter(m -> m.id().equals(id)).map(TrainingModule::title).findFirst().orElse(id.toString()))
                .toList());
    }
}
