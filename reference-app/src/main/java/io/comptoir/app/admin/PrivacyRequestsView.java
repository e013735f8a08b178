package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

/** The register of people's requests about their data: each export and erasure, when, for whom, by whom. */
public record PrivacyRequestsView(BackOfficeFrame frame, List<Row> rows) {
    public PrivacyRequestsView {
        rows = List.copyOf(rows);
    }

    /**
     * @param person the account's name and e-mail (an erased account's are replaced)
     * @param by "the person" or the admin who acted for them
     */
    public record Row(String at, String atIso, String kind, String person, String personUrl, String by) {
    }
}
