package io.comptoir.training.api;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A training course: modules to follow in order of their prerequisites.
 *
 * @param required whether every shop must complete all its modules to go live (a required course is published)
 * @param requiredSince when the course became required (for the grace rule of shops already live)
 * @param published whether shops see it
 * @param position order among courses
 */
public record Course(CourseId id, String title, String summary, boolean required, Optional<Instant> requiredSince,
                     boolean published, int position, Instant createdAt, Instant updatedAt) {
    public Course {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(requiredSince, "requiredSince is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }
}
