package io.comptoir.app.testing;

import io.comptoir.app.Features;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.Localizer;
import io.comptoir.app.web.Messages;

/** The site's texts as the running application merges them: the web kit's and every feature's bundle. */
public final class Texts {
    private static final Messages ALL = Messages.of(Features.all().stream().flatMap(feature -> feature.messages().stream()).toList());

    private Texts() {
    }

    public static Messages all() {
        return ALL;
    }

    public static Localizer in(Language language) {
        return ALL.in(language);
    }

    /** The texts of the kit and of one feature only: what the feature may use if it is the only one. */
    public static Messages of(WebFeature feature) {
        return Messages.of(feature.messages().stream().toList());
    }
}
