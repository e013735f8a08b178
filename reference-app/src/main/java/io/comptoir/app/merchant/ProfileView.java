package io.comptoir.app.merchant;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/** The shop profile page: the editable profile, the weekly hours, the photo, and the identity only the territory changes. */
public record ProfileView(BackOfficeFrame frame, ProfileForm form, HoursForm hours, List<Day> days, String name,
                          String siret, String street, String town, List<String> categories, Optional<Photo> photo,
                          String action, String alt) {
    public ProfileView {
        days = List.copyOf(days);
        categories = List.copyOf(categories);
    }

    public record Day(DayOfWeek day, String name) {
    }

    public record Photo(String url, String alt) {
    }

    public String field(DayOfWeek day, int slot, String part) {
        return HoursForm.field(day, slot, part);
    }

    public String id(DayOfWeek day, int slot, String part) {
        return "h-" + day.name().toLowerCase(java.util.Locale.ROOT) + "-" + slot + "-" + part;
    }
}
