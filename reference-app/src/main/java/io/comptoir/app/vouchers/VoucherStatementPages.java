package io.comptoir.app.vouchers;

import io.comptoir.app.merchant.ShopPaths;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.backoffice.ShopAccess;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The shop's settlement statements ({@code /espace-commercant/{merchantId}/bons/releves}): what the operator owes it for
 * the vouchers it took, period by period, split between the buyers' money and each funder's subsidy; each with its
 * redemptions and as CSV for the accountant. Another shop's statement is 404 here.
 */
final class VoucherStatementPages {
    private final ShopVoucherPages office;

    VoucherStatementPages(ShopVoucherPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        String root = ShopPaths.ROOT + "/{merchantId}/bons/releves";
        routes.get(root, this::list, ShopAccess.ROLES);
        routes.get(root + "/{statementId}", this::detail, ShopAccess.ROLES);
        routes.get(root + "/{statementId}/csv", this::csv, ShopAccess.ROLES);
    }

    private void list(Context ctx) {
        Merchant shop = office.shop(ctx);
        VoucherServices services = VoucherServices.of(office.marketplace());
        Page page = office.page(ctx);
        StatementParties parties = new StatementParties(services, office.marketplace().merchants());
        List<StatementRow> rows = services.settlements().statementsOf(StatementKind.MERCHANT, shop.id().value()).stream()
                .map(statement -> StatementRow.of(page, parties, statement, programmeName(services, statement),
                        VoucherShopPaths.statement(shop.id(), statement.id()))).toList();
        PageFactory.render(ctx, "vouchers/office/shopStatements.jte", new ShopStatementsView(office.frame(ctx, shop), rows,
                VoucherShopPaths.counter(shop.id())));
    }

    private Statement statementOf(Context ctx, Merchant shop, VoucherServices services) {
        long id = PathParams.pageId(ctx, "statementId");
        return services.settlements().statement(id)
                .filter(statement -> statement.kind() == StatementKind.MERCHANT && statement.partyId() == shop.id().value())
                .orElseThrow(() -> NotFoundException.of("statement", id));
    }

    private void detail(Context ctx) {
        Merchant shop = office.shop(ctx);
        VoucherServices services = VoucherServices.of(office.marketplace());
        Statement statement = statementOf(ctx, shop, services);
        Page page = office.page(ctx);
        StatementView view = StatementView.of(page, new StatementParties(services, office.marketplace().merchants()), statement,
                services.settlements().redemptionsOf(statement.id()), programmeName(services, statement),
                VoucherShopPaths.statement(shop.id(), statement.id()));
        PageFactory.render(ctx, "vouchers/office/shopStatement.jte", new ShopStatementView(office.frame(ctx, shop), view,
                VoucherShopPaths.statements(shop.id())));
    }

    private void csv(Context ctx) {
        Merchant shop = office.shop(ctx);
        VoucherServices services = VoucherServices.of(office.marketplace());
        StatementCsv.send(ctx, services, statementOf(ctx, shop, services));
    }

    private static String programmeName(VoucherServices services, Statement statement) {
        return services.programmes().programme(statement.programmeId()).map(p -> p.name()).orElse("#" + statement.programmeId());
    }
}
