package io.comptoir.app.merchant;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Pager;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.app.web.backoffice.StatusBadges;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/commandes}: the shop's orders by status, and each order with the moves it
 * may make now as buttons. A refused move comes back on the order's page with the reason.
 */
final class OrderPages {
    static final int PER_PAGE = 25;

    private final MerchantBackOffice office;
    private final OrderActions actions;

    OrderPages(MerchantBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.actions = new OrderActions(office.marketplace().orders());
    }

    void register(RoutesConfig routes) {
        String orders = ShopPaths.ROOT + "/{merchantId}/commandes";
        routes.get(orders, this::list, MerchantBackOffice.STAFF);
        routes.get(orders + "/{orderId}", this::detail, MerchantBackOffice.STAFF);
        routes.post(orders + "/{orderId}/actions", this::act, MerchantBackOffice.STAFF);
    }

    private void list(Context ctx) {
        Merchant shop = office.shop(ctx);
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.ORDERS);
        Page page = frame.page();
        QueryParams params = new QueryParams(ctx);
        Optional<MerchantOrderStatus> status = params.text("statut", 40).map(text -> status(text));
        int pageNumber = params.integer("page", 1, 1, 10_000);
        Set<MerchantOrderStatus> statuses = status.map(Set::of).orElse(Set.of());
        var orders = office.marketplace().orders();
        int total = orders.countMerchantOrders(shop.id(), statuses);
        int pageCount = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        List<MerchantOrder> items = (pageNumber - 1) * PER_PAGE >= total ? List.of()
                : orders.merchantOrdersOf(shop.id(), statuses, (pageNumber - 1) * PER_PAGE, PER_PAGE);
        List<OrderListView.Filter> filters = new ArrayList<>();
        String base = ShopPaths.orders(shop.id());
        filters.add(new OrderListView.Filter(page.t("bo.order.filter.all"), base, status.isEmpty(), Optional.empty()));
        for (MerchantOrderStatus each : MerchantBackOffice.shopStatuses()) {
            int count = orders.countMerchantOrders(shop.id(), Set.of(each));
            filters.add(new OrderListView.Filter(StatusBadges.order(page, each).label(), base + "?statut=" + each.name(),
                    status.equals(Optional.of(each)), Optional.of(count)));
        }
        String filterQuery = status.map(s -> "statut=" + s.name() + "&").orElse("");
        PageFactory.render(ctx, "merchant/orders.jte", new OrderListView(frame, filters, total,
                items.stream().map(order -> OrderRow.of(page, order, ShopPaths.order(shop.id(), order.id()))).toList(),
                Pager.of(pageNumber, pageCount, number -> base + "?" + filterQuery + "page=" + number),
                status.map(s -> StatusBadges.order(page, s).label())));
    }

    static MerchantOrderStatus status(String text) {
        try {
            MerchantOrderStatus status = MerchantOrderStatus.valueOf(text.toUpperCase(Locale.ROOT));
            if (status != MerchantOrderStatus.PENDING_PAYMENT) {
                return status;
            }
        }
        catch (IllegalArgumentException e) {
            // reported below
        }
        throw InvalidInputException.invalid("statut", "unknown order status '" + text + "'");
    }

    private void detail(Context ctx) {
        Merchant shop = office.shop(ctx);
        MerchantOrder order = actions.orderOf(shop.id(), new MerchantOrderId(PathParams.pageId(ctx, "orderId")));
        render(ctx, shop, order, "", "", Notice.none(), 200);
    }

    private void act(Context ctx) {
        Merchant shop = office.shop(ctx);
        MerchantOrder order = actions.orderOf(shop.id(), new MerchantOrderId(PathParams.pageId(ctx, "orderId")));
        FormParams form = new FormParams(ctx);
        Page page = office.page(ctx);
        Problems problems = new Problems(page);
        String amountText = form.raw("amount");
        String note = form.raw("note");
        try {
            OrderAction action = form.choice("action", OrderAction.class);
            Optional<Money> amount = action == OrderAction.REFUND ? form.money("amount", order.total().currency()) : Optional.empty();
            actions.act(order, action, amount, note, Viewer.of(ctx).actor());
            MerchantBackOffice.redirectDone(ctx, ShopPaths.order(shop.id(), order.id()), "order-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        catch (InvalidInputException e) {
            render(ctx, shop, actions.orderOf(shop.id(), order.id()), amountText, note, Optional.of(problems.of(e)), 400);
        }
        catch (ConflictException e) {
            Notice notice = e.code().equals("illegal_transition")
                    ? Notice.problem(page.t("bo.conflict.order_moved", StatusBadges.order(page, actions.orderOf(shop.id(), order.id()).status()).label()))
                    : problems.of(e);
            render(ctx, shop, actions.orderOf(shop.id(), order.id()), amountText, note, Optional.of(notice), 409);
        }
    }

    private void render(Context ctx, Merchant shop, MerchantOrder order, String amount, String note, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.ORDERS).withNotice(notice);
        ctx.status(status);
        PageFactory.render(ctx, "merchant/order.jte", OrderDetailView.of(frame, office.marketplace(), order,
                actions.allowed(order, Viewer.of(ctx).actor()), ShopPaths.order(shop.id(), order.id()) + "/actions", amount, note,
                Optional.empty()));
    }
}
