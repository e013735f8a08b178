package io.comptoir.app.admin;

import io.comptoir.app.importing.CsvImport;
import io.comptoir.app.importing.CsvReport;
import io.comptoir.app.importing.CsvUpload;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.imports.ImportMode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/import}: the territory's spreadsheets of shops and of products. Upload, then a preview listing what
 * each row does and every problem by row and column, then confirm: all rows or none.
 */
final class ImportPages {
    private final AdminBackOffice office;
    private final CsvImport imports;

    ImportPages(AdminBackOffice office, CsvImport imports) {
        this.office = requireNonNull(office, "office is null");
        this.imports = requireNonNull(imports, "imports is null");
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.IMPORT, this::form, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.IMPORT_PREVIEW, ctx -> run(ctx, CsvUpload.uploaded(ctx), ImportMode.DRY_RUN), AdminBackOffice.ADMIN);
        routes.post(AdminPaths.IMPORT_CONFIRM, ctx -> run(ctx, CsvUpload.confirmed(ctx), ImportMode.STORE), AdminBackOffice.ADMIN);
    }

    private void form(Context ctx) {
        PageFactory.render(ctx, "admin/import.jte", new ImportView(office.frame(ctx, AdminNav.IMPORT), kind(ctx.queryParam("type")), Optional.empty(), ""));
    }

    private void run(Context ctx, byte[] file, ImportMode mode) {
        CsvReport.Kind kind = kind(ctx.formParam("type"));
        Actor actor = Viewer.of(ctx).actor();
        CsvReport report = kind == CsvReport.Kind.SHOPS ? imports.shops(file, mode, actor) : imports.products(file, Optional.empty(), mode, actor);
        BackOfficeFrame frame = office.frame(ctx, AdminNav.IMPORT);
        if (!report.problems().isEmpty()) {
            ctx.status(422);
        }
        PageFactory.render(ctx, "admin/import.jte", new ImportView(frame, kind, Optional.of(report), report.problems().isEmpty() ? CsvUpload.text(file) : ""));
    }

    private static CsvReport.Kind kind(String text) {
        if (text == null || text.isBlank() || text.equals("boutiques")) {
            return CsvReport.Kind.SHOPS;
        }
        if (text.equals("produits")) {
            return CsvReport.Kind.PRODUCTS;
        }
        throw InvalidInputException.invalid("type", "boutiques or produits");
    }
}
