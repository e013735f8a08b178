package io.comptoir.app.training;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.NavLink;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The pages of the training part of the territory's back-office, in the order of its tabs. */
enum TrainingTab {
    PIPELINE("bo.training.tab.pipeline", TrainingAdminPaths.ROOT),
    COURSES("bo.training.tab.courses", TrainingAdminPaths.COURSES),
    SESSIONS("bo.training.tab.sessions", TrainingAdminPaths.SESSIONS),
    REPORTS("bo.training.tab.reports", TrainingAdminPaths.REPORTS),
    MEMBERSHIP("bo.training.tab.membership", TrainingAdminPaths.MEMBERSHIP);

    private final String labelKey;
    private final String path;

    TrainingTab(String labelKey, String path) {
        this.labelKey = labelKey;
        this.path = path;
    }

    static List<NavLink> links(Page page, TrainingTab current) {
        return Arrays.stream(values()).map(tab -> new NavLink(page.t(tab.labelKey), tab.path, tab == current, Optional.empty())).toList();
    }
}
