package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/** The shop's courses: each module's state and who completed it, each staff member's progress, the certificates earned. */
public record CoursesView(BackOfficeFrame frame, List<CourseCard> courses, List<StaffRow> staff, int moduleCount,
                          List<CertificateRow> certificates, String workshopsUrl) {
    public CoursesView {
        courses = List.copyOf(courses);
        staff = List.copyOf(staff);
        certificates = List.copyOf(certificates);
    }

    public record CourseCard(String title, String summary, boolean required, int completed, int total, List<ModuleRow> modules) {
        public CourseCard {
            modules = List.copyOf(modules);
        }
    }

    /** @param completedBy the names of the people who completed it for the shop, empty when nobody did */
    public record ModuleRow(String title, String url, Badge state, boolean required, String completedBy) {
    }

    public record StaffRow(String name, int completed) {
    }

    public record CertificateRow(String courseTitle, String personName, String completedOn, String url) {
    }
}
