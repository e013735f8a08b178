package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.merchant.OrderDetailView;
import io.comptoir.app.merchant.OrderRow;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/** {@code /admin/commandes}: every shop's orders, newest first, and each one read-only (shops move their own orders). */
final class OrderOverviewPages {
    static final int PER_PAGE = 50;
    static final int MAX_PAGE = 10;

    private final AdminBackOffice office;
    private final Marketplace marketplace;

    OrderOverviewPages(AdminBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.ORDERS, this::list, AdminBackOffice.ADMIN);
        routes.get(AdminPaths.ORDERS + "/{orderId}", this::detail, AdminBackOffice.ADMIN);
    }

    private void list(Context ctx) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.ORDERS);
        Page page = frame.page();
        int pageNumber = new QueryParams(ctx).integer("page", 1, 1, MAX_PAGE);
        List<MerchantOrder> orders = marketplace.orders().recentMerchantOrders((pageNumber - 1) * PER_PAGE, PER_PAGE + 1);
        boolean more = orders.size() > PER_PAGE && pageNumber < MAX_PAGE;
        List<OrderRow> rows = orders.stream().limit(PER_PAGE).map(order -> OrderRow.of(page, order, AdminPaths.order(order.id().value()))).toList();
        PageFactory.render(ctx, "admin/orders.jte", new OrderOverviewView(frame, rows,
                pageNumber > 1 ? Optional.of(AdminPaths.ORDERS + "?page=" + (pageNumber - 1)) : Optional.empty(),
                more ? Optional.of(AdminPaths.ORDERS + "?page=" + (pageNumber + 1)) : Optional.empty()));
    }

    private void detail(Context ctx) {
        MerchantOrderId id = new MerchantOrderId(PathParams.pageId(ctx, "orderId"));
        MerchantOrder order = marketplace.orders().merchantOrder(id).orElseThrow(() -> NotFoundException.of("merchant_order", id));
        BackOfficeFrame frame = office.frame(ctx, AdminNav.ORDERS);
        PageFactory.render(ctx, "merchant/order.jte", OrderDetailView.of(frame, marketplace, order, Set.of(), "", "", "",
                Optional.of("/espace-commercant/" + order.merchantId() + "/commandes/" + order.id())));
    }
}
