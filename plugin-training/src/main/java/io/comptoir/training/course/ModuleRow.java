package io.comptoir.training.course;

import java.time.Instant;

/** A row of {@code training_module}; {@code passMark} is null when the module has no quiz. */
public record ModuleRow(long id, long courseId, String title, String summary, String content, int minutes, int position,
                        Integer passMark, Instant createdAt, Instant updatedAt) {
}
