package io.comptoir.app.catalogue;

import io.comptoir.app.web.Page;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The communes of the territory, grouped by intercommunality. */
public record CommunesView(Page page, List<Group> groups, int communeCount) {

    public CommunesView {
        requireNonNull(page, "page is null");
        groups = List.copyOf(groups);
    }

    public record Group(String code, String name, List<Entry> communes, long liveShops) {
    }

    public record Entry(String name, String postalCode, String url, long liveShops) {
    }
}
