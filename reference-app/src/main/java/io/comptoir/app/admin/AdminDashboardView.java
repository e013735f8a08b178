package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.BackOffices;

import java.util.List;

/**
 * The territory's dashboard page.
 *
 * @param waiting the work other features ask the territory to do (applications to review), with their numbers
 */
public record AdminDashboardView(BackOfficeFrame frame, TerritoryDashboard data, VisitsChart chart, List<BackOffices.Tally> waiting) {
    public AdminDashboardView {
        waiting = List.copyOf(waiting);
    }
}
