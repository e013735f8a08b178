package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.Fields;
import io.comptoir.app.web.Page;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What the back-office layout shows around a page: which back-office, for what (the shop's name), its side
 * navigation, and the notice of the last action.
 *
 * @param area the back-office's name, e.g. "Espace commerçant"
 * @param subject what the pages are about, e.g. the shop's name; may be empty
 * @param switchLink where to choose another shop, when the account works for several
 */
public record BackOfficeFrame(Page page, String area, String subject, List<NavLink> nav, Optional<NavLink> switchLink,
                              Optional<Notice> notice) implements Fields {
    public BackOfficeFrame {
        requireNonNull(page, "page is null");
        requireNonNull(area, "area is null");
        requireNonNull(subject, "subject is null");
        nav = List.copyOf(requireNonNull(nav, "nav is null"));
        requireNonNull(switchLink, "switchLink is null");
        requireNonNull(notice, "notice is null");
    }

    public BackOfficeFrame withNotice(Optional<Notice> newNotice) {
        return new BackOfficeFrame(page, area, subject, nav, switchLink, newNotice.or(() -> notice));
    }

    /** The message for a field, or null: for templates ({@code aria-invalid}, the error under the field). */
    public String problemOn(String field) {
        return notice.flatMap(n -> n.on(field)).orElse(null);
    }

    @Override
    public String problem(String field) {
        return problemOn(field);
    }

    /** The frame carries no values: the fields of a back-office form are given theirs, or take them with {@link #with}. */
    @Override
    public String value(String field) {
        return "";
    }

    /** The fields of a form of this page: the values given, the problems of the notice. */
    public Fields with(java.util.function.Function<String, String> values) {
        BackOfficeFrame frame = this;
        return new Fields() {
            @Override
            public String value(String name) {
                String value = values.apply(name);
                return value == null ? "" : value;
            }

            @Override
            public String problem(String name) {
                return frame.problemOn(name);
            }
        };
    }

    /** The id of a field's error message, for {@code aria-describedby}, or null when the field is fine. */
    public String describedBy(String fieldId, String field) {
        return problemOn(field) == null ? null : fieldId + "-error";
    }
}
