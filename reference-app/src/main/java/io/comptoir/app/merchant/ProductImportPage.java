package io.comptoir.app.merchant;

import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.importing.CsvReport;
import io.comptoir.app.importing.CsvUpload;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.engine.api.imports.ImportMode;
import io.comptoir.engine.api.merchant.Merchant;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/import-produits}: a shop's staff bring in its products from a spreadsheet, the
 * way the territory does (upload, preview, confirm; all rows or none), every row being the shop's own.
 */
final class ProductImportPage {
    private final MerchantBackOffice office;
    private final CsvImport imports;

    ProductImportPage(MerchantBackOffice office, CsvImport imports) {
        this.office = requireNonNull(office, "office is null");
        this.imports = requireNonNull(imports, "imports is null");
    }

    void register(RoutesConfig routes) {
        String path = ShopPaths.ROOT + "/{merchantId}/import-produits";  // ShopPaths.productImport
        routes.get(path, this::form, MerchantBackOffice.STAFF);
        routes.post(path + "/apercu", ctx -> run(ctx, CsvUpload::uploaded, ImportMode.DRY_RUN), MerchantBackOffice.STAFF);
        routes.post(path + "/confirmer", ctx -> run(ctx, CsvUpload::confirmed, ImportMode.STORE), MerchantBackOffice.STAFF);
    }

    private void form(Context ctx) {
        Merchant shop = office.shop(ctx);
        PageFactory.render(ctx, "merchant/import.jte", new ProductImportView(frame(ctx, shop), shop, Optional.empty(), ""));
    }

    /** The shop first: another shop's staff are refused (403) before their file is read. */
    private void run(Context ctx, java.util.function.Function<Context, byte[]> reader, ImportMode mode) {
        Merchant shop = office.shop(ctx);
        byte[] file = reader.apply(ctx);
        CsvReport report = imports.products(file, Optional.of(shop.id()), mode, Viewer.of(ctx).actor());
        if (!report.problems().isEmpty()) {
            ctx.status(422);
        }
        PageFactory.render(ctx, "merchant/import.jte", new ProductImportView(frame(ctx, shop), shop, Optional.of(report),
                report.problems().isEmpty() ? CsvUpload.text(file) : ""));
    }

    private BackOfficeFrame frame(Context ctx, Merchant shop) {
        return office.frame(ctx, shop, MerchantNav.PRODUCTS);
    }
}
