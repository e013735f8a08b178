package io.comptoir.training.api;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A published course for a shop. */
public record CourseProgress(Course course, List<ModuleProgress> modules) {
    public CourseProgress {
        requireNonNull(course, "course is null");
        modules = List.copyOf(requireNonNull(modules, "modules is null"));
    }

    public int completed() {
        return (int) modules.stream().filter(module -> module.state() == ModuleState.COMPLETED).count();
    }

    public int total() {
        return modules.size();
    }

    public boolean isComplete() {
        return !modules.isEmpty() && completed() == total();
    }
}
