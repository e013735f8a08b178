package io.comptoir.app.vouchers;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Settlement ({@code /admin/bons/programmes/{id}/releves}, {@code /admin/bons/releves/{id}}): issuing a period's
 * statements (shops, points of sale, funders), reading one with who owes what, recording its payment, and the CSV
 * exports for the accountant (a statement, or the programme's whole ledger between two days).
 */
final class SettlementPages {
    private static final int MAX_REFERENCE = 140;
    private static final long MAX_LEDGER_DAYS = 366;

    private final VoucherAdminPages office;

    SettlementPages(VoucherAdminPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        String programme = VoucherAdminPaths.ROOT + "/programmes/{programmeId}";
        routes.get(programme + "/releves", this::list, AccessRole.TERRITORY_ADMIN);
        routes.post(programme + "/releves", this::issue, AccessRole.TERRITORY_ADMIN);
        routes.get(programme + "/grand-livre", this::ledger, AccessRole.TERRITORY_ADMIN);
        routes.get(VoucherAdminPaths.ROOT + "/releves/{statementId}", this::detail, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.ROOT + "/releves/{statementId}/paiement", this::markPaid, AccessRole.TERRITORY_ADMIN);
        routes.get(VoucherAdminPaths.ROOT + "/releves/{statementId}/csv", this::csv, AccessRole.TERRITORY_ADMIN);
    }

    private void list(Context ctx) {
        VoucherServices services = office.services();
        VoucherProgramme programme = ProgrammePages.programmeOf(ctx, services);
        render(ctx, services, programme, "", Notice.none(), 200);
    }

    private void render(Context ctx, VoucherServices services, VoucherProgramme programme, String periodStart, Optional<Notice> notice,
                        int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.PROGRAMMES).withNotice(notice);
        Page page = vf.page();
        Optional<StatementKind> kind = new QueryParams(ctx).text("type", 20).map(text -> kind(text));
        StatementParties parties = office.parties(services);
        List<StatementRow> rows = services.settlements().statements(programme.id(), kind, Optional.empty()).stream()
                .map(s -> StatementRow.of(page, parties, s, programme.name(), VoucherAdminPaths.statement(s.id()))).toList();
        List<ProgrammeFormView.Option> kinds = Arrays.stream(StatementKind.values())
                .map(k -> new ProgrammeFormView.Option(k.name(), page.t("vo.statement.kind." + k.name()), kind.equals(Optional.of(k)))).toList();
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/statements.jte", new StatementListView(vf, programme.name(), rows, kinds,
                periodStart, VoucherAdminPaths.statements(programme.id()), VoucherAdminPaths.programme(programme.id())));
    }

    private static StatementKind kind(String text) {
        try {
            return StatementKind.valueOf(text);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("type", "type must be one of MERCHANT, POINT_OF_SALE, FUNDER");
        }
    }

    private void issue(Context ctx) {
        VoucherServices services = office.services();
        VoucherProgramme programme = ProgrammePages.programmeOf(ctx, services);
        String text = new FormParams(ctx).raw("periodStart");
        Page page = office.page(ctx);
        try {
            LocalDate start = day("periodStart", text);
            List<Statement> issued = services.settlements().issue(programme.id(), start, Viewer.of(ctx).actor());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.statements(programme.id()), issued.isEmpty() ? "statements-none" : "statements-issued");
        }
        catch (InvalidInputException e) {
            render(ctx, services, programme, text, Optional.of(new Problems(page).of(e)), 400);
        }
        catch (ConflictException e) {
            render(ctx, services, programme, text, Optional.of(new Problems(page).of(e)), 409);
        }
    }

    static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        }
        catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.invalid(field, field + " must be a day written 2026-11-23");
        }
    }

    private Statement statementOf(Context ctx, VoucherServices services) {
        long id = PathParams.pageId(ctx, "statementId");
        return services.settlements().statement(id).orElseThrow(() -> NotFoundException.of("statement", id));
    }

    private void detail(Context ctx) {
        VoucherServices services = office.services();
        renderDetail(ctx, services, statementOf(ctx, services), "", Notice.none(), 200);
    }

    private void renderDetail(Context ctx, VoucherServices services, Statement statement, String reference, Optional<Notice> notice, int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.PROGRAMMES).withNotice(notice);
        Page page = vf.page();
        StatementView view = StatementView.of(page, office.parties(services), statement,
                statement.kind() == StatementKind.MERCHANT ? services.settlements().redemptionsOf(statement.id()) : List.of(),
                office.programmeName(services, statement.programmeId()), VoucherAdminPaths.statement(statement.id()));
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/statement.jte", new AdminStatementView(vf, view, !statement.paid(), reference,
                VoucherAdminPaths.statement(statement.id()) + "/paiement", VoucherAdminPaths.statements(statement.programmeId())));
    }

    private void markPaid(Context ctx) {
        VoucherServices services = office.services();
        Statement statement = statementOf(ctx, services);
        String reference = new FormParams(ctx).raw("reference");
        try {
            services.settlements().markPaid(statement.id(), new FormParams(ctx).required("reference", MAX_REFERENCE), Viewer.of(ctx).actor());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.statement(statement.id()), "statement-paid");
        }
        catch (InvalidInputException e) {
            renderDetail(ctx, services, statement, reference, Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
        catch (ConflictException e) {
            renderDetail(ctx, services, statement, reference, Optional.of(new Problems(office.page(ctx)).of(e)), 409);
        }
    }

    private void csv(Context ctx) {
        VoucherServices services = office.services();
        StatementCsv.send(ctx, services, statementOf(ctx, services));
    }

    private void ledger(Context ctx) {
        VoucherServices services = office.services();
        VoucherProgramme programme = ProgrammePages.programmeOf(ctx, services);
        QueryParams params = new QueryParams(ctx);
        LocalDate from = day("du", params.text("du", 10).orElseThrow(() -> InvalidInputException.invalid("du", "du is required")));
        LocalDate to = day("au", params.text("au", 10).orElseThrow(() -> InvalidInputException.invalid("au", "au is required")));
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > MAX_LEDGER_DAYS) {
            throw InvalidInputException.invalid("du", "from 1 to " + MAX_LEDGER_DAYS + " days, the first before the last");
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"grand-livre-" + programme.slug() + "-" + from + "-" + to + ".csv\"");
        ctx.header("Cache-Control", "no-store");
        StatementCsv.write(ctx, out -> services.settlements().writeLedgerCsv(programme.id(), from, to, out));
    }
}
