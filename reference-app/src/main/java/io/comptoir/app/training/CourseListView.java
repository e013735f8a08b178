package io.comptoir.app.training;

import io.comptoir.training.api.Course;

import java.util.List;

/** The list of courses and the form to create one. */
public record CourseListView(TrainingFrame frame, List<Row> courses, FormValues form) {
    public CourseListView {
        courses = List.copyOf(courses);
    }

    public record Row(Course course, int modules) {
        public String url() {
            return TrainingAdminPaths.course(course.id().value());
        }
    }

    public String action() {
        return TrainingAdminPaths.COURSES;
    }
}
