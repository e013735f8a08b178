package io.comptoir.app.training;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.training.api.ShopApplication;

import java.util.List;

/** The list of applications in one status, with a tab per status. */
public record ApplicationReviewView(BackOfficeFrame frame, List<Tab> tabs, List<Row> rows, String statusLabel, boolean truncated) {
    public ApplicationReviewView {
        tabs = List.copyOf(tabs);
        rows = List.copyOf(rows);
    }

    public record Tab(String label, String url, int count, boolean current) {
    }

    public record Row(String url, String shopName, String trade, String commune, String submittedAt, String submittedIso, Badge status) {
        static Row of(Page page, Territory territory, ShopApplication application) {
            return new Row(ApplicationReviewPages.path(application.id()), application.form().shopName(), application.form().trade(),
                    territory.commune(application.form().communeInsee()).map(Commune::name).orElse(application.form().communeInsee()),
                    Formats.dateTime(page, application.submittedAt()), Formats.iso(page, application.submittedAt()),
                    ApplicationLabels.status(page, application.status()));
        }
    }
}
