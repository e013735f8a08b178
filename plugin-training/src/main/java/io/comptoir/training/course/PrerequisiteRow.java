package io.comptoir.training.course;

/** A row of {@code training_module_prerequisite}: {@code moduleId} needs {@code prerequisiteId} first. */
public record PrerequisiteRow(long moduleId, long prerequisiteId) {
}
