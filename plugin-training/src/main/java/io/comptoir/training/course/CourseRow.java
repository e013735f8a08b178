package io.comptoir.training.course;

import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseId;
import java.time.Instant;
import java.util.Optional;

/** A row of {@code training_course}. */
public record CourseRow(long id, String title, String summary, boolean required, Instant requiredSince, boolean published,
                        int position, Instant createdAt, Instant updatedAt) {
    Course toCourse() {
        return new Course(new CourseId(id), title, summary, required, Optional.ofNullable(requiredSince), published, position,
                createdAt, updatedAt);
    }
}
