package io.comptoir.app.training;

import io.comptoir.app.web.Fields;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.NavLink;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The admin layout of a training page and the tabs between the training pages. */
public record TrainingFrame(BackOfficeFrame frame, List<NavLink> tabs) {
    public TrainingFrame {
        requireNonNull(frame, "frame is null");
        tabs = List.copyOf(requireNonNull(tabs, "tabs is null"));
    }

    public Page page() {
        return frame.page();
    }

    /** The same layout with no field marked at fault: for the forms of a page that were not the one sent. */
    public TrainingFrame quiet() {
        return new TrainingFrame(new BackOfficeFrame(frame.page(), frame.area(), frame.subject(), frame.nav(), frame.switchLink(),
                java.util.Optional.empty()), tabs);
    }

    /** The fields of a form of this page: its values, the problems of the page's notice. */
    public Fields fields(FormValues form) {
        return frame.with(form::get);
    }

    /** The message for a field, or null. */
    public String problemOn(String field) {
        return frame.problemOn(field);
    }

    /** For {@code aria-describedby}: the field's error message id, or null. */
    public String describedBy(String fieldId, String field) {
        return frame.describedBy(fieldId, field);
    }
}
