package io.comptoir.training.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** Completion of a published course: per module, and the shops that completed all of it. */
public record CourseCompletion(Course course, List<ModuleCompletion> modules, int shopsCompleted, int shops) {
    public CourseCompletion {
        requireNonNull(course, "course is null");
        modules = List.copyOf(requireNonNull(modules, "modules is null"));
    }

    public int rate() {
        return shops == 0 ? 0 : shopsCompleted * 100 / shops;
    }
}
