package io.comptoir.app.merchant;

import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.importing.CsvReport;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.engine.api.merchant.Merchant;

import java.util.Optional;

/**
 * A shop's product import: the form, then the preview or the result.
 *
 * @param content the file's text for the confirmation; empty when there is nothing to confirm
 */
public record ProductImportView(BackOfficeFrame frame, Merchant shop, Optional<CsvReport> report, String content) {

    public String path() {
        return ShopPaths.productImport(shop.id());
    }

    /** The columns a shop's file has: those of the territory's, but the shop's reference. */
    public String columns() {
        return String.join(",", CsvImport.PRODUCT_COLUMNS.subList(1, CsvImport.PRODUCT_COLUMNS.size()));
    }

    public boolean confirmable() {
        return report.isPresent() && !report.get().stored() && report.get().problems().isEmpty() && !content.isEmpty();
    }
}
