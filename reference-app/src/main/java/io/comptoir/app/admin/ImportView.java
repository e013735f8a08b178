package io.comptoir.app.admin;

import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.importing.CsvReport;
import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;
import java.util.Optional;

/**
 * The import page: the form, then the preview or the result.
 *
 * @param content the file's text for the confirmation; empty when there is nothing to confirm
 */
public record ImportView(BackOfficeFrame frame, CsvReport.Kind kind, Optional<CsvReport> report, String content) {

    public boolean shops() {
        return kind == CsvReport.Kind.SHOPS;
    }

    /** The value of the kind in the forms. */
    public String type() {
        return shops() ? "boutiques" : "produits";
    }

    public String columns() {
        return String.join(",", shops() ? CsvImport.SHOP_COLUMNS : CsvImport.PRODUCT_COLUMNS);
    }

    public boolean confirmable() {
        return report.isPresent() && !report.get().stored() && report.get().problems().isEmpty() && !content.isEmpty();
    }

    public List<CsvReport.Problem> problems() {
        return report.map(CsvReport::problems).orElse(List.of());
    }
}
