package io.comptoir.app.account;

import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Page;

import static java.util.Objects.requireNonNull;

/**
 * The privacy page: what is kept, for how long, and the person's rights; after an erasure, says it is done.
 *
 * @param retentionYears how long the books keep personal data (the engine's retention period)
 */
public record PrivacyView(Page page, FormState state, int retentionYears) {
    public PrivacyView {
        requireNonNull(page, "page is null");
        requireNonNull(state, "state is null");
    }
}
