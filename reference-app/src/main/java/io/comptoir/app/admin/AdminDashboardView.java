package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

/** The territory's dashboard page. */
public record AdminDashboardView(BackOfficeFrame frame, TerritoryDashboard data, VisitsChart chart) {
}
