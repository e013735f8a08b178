package io.comptoir.app.shopping;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.ReturnPath;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The shopper's orders: {@code /commandes/{id}} (where checkout leads: it answers once a card payment is confirmed, or
 * after a few seconds with a page that refreshes itself every two seconds without JavaScript while the bank confirms it),
 * {@code /mes-commandes}, and the form that cancels a
 * shop's part before the shop accepts it.
 */
public final class OrderPages {
    static final String LIST = "/mes-commandes";
    private static final int PAGE_SIZE = 10;
    /** How long the page waits, before it answers, for the bank to confirm a card payment (it refreshes itself after). */
    static final Duration PAYMENT_WAIT = Duration.ofSeconds(4);

    private final Marketplace marketplace;
    private final OwnOrders own;
    private final PageFactory pages;

    public OrderPages(Marketplace marketplace, OwnOrders own, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.own = requireNonNull(own, "own is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/commandes/{id}", this::order, AccessRole.SHOPPER);
        routes.post("/commandes/{id}/boutiques/{merchantOrderId}/annuler", this::cancel, AccessRole.SHOPPER);
        routes.get(LIST, this::list, AccessRole.SHOPPER);
    }

    /** An order whose card payment is being confirmed is shown once it settles, if that takes at most {@link #PAYMENT_WAIT}. */
    private void order(Context ctx) {
        Page page = pages.page(ctx);
        CustomerOrder order = own.require(ctx, PathParams.positiveId(ctx, "id"));
        ctx.header("Cache-Control", "private, no-store");
        if (order.status() != CustomerOrderStatus.PENDING_PAYMENT) {
            render(ctx, page, order);
            return;
        }
        ctx.future(() -> marketplace.orders().whenPaymentSettled(order.id(), PAYMENT_WAIT).toCompletableFuture()
                .thenAccept(settled -> render(ctx, page, settled.orElse(order))));
    }

    private void render(Context ctx, Page page, CustomerOrder order) {
        OrderView view = new OrderView(page, List.of(new OrderCards(marketplace).card(order, page)), notice(ctx, page), error(ctx, page), Optional.empty(),
                Optional.empty());
        PageFactory.render(ctx, "shopping/order.jte", view);
    }

    private void list(Context ctx) {
        Page page = pages.page(ctx);
        int number = new QueryParams(ctx).integer("page", 1, 1, 10_000);
        List<CustomerOrder> found = marketplace.orders().customerOrdersOf(Viewer.of(ctx).requireAccount().id(), (number - 1) * PAGE_SIZE,
                PAGE_SIZE + 1);
        OrderCards cards = new OrderCards(marketplace);
        OrderView view = new OrderView(page, found.stream().limit(PAGE_SIZE).map(order -> cards.card(order, page)).toList(),
                notice(ctx, page), error(ctx, page),
                number > 1 ? Optional.of(LIST + (number == 2 ? "" : "?page=" + (number - 1))) : Optional.empty(),
                found.size() > PAGE_SIZE ? Optional.of(LIST + "?page=" + (number + 1)) : Optional.empty());
        ctx.header("Cache-Control", "private, no-store");
        PageFactory.render(ctx, "shopping/orders.jte", view);
    }

    private void cancel(Context ctx) {
        long id = PathParams.positiveId(ctx, "id");
        long part = PathParams.positiveId(ctx, "merchantOrderId");
        String back = ReturnPath.orElse(ctx.formParam(ReturnPath.PARAMETER), "/commandes/" + id);
        String separator = back.contains("?") ? "&" : "?";
        try {
            own.cancel(ctx, id, part);
            ctx.redirect(back + separator + "annulee=" + part, HttpStatus.SEE_OTHER);
        }
        catch (ConflictException e) {
            ctx.redirect(back + separator + "erreur=" + (e.code().equals("illegal_transition") ? "trop-tard" : "annulation"), HttpStatus.SEE_OTHER);
        }
    }

    private static String notice(Context ctx, Page page) {
        return ctx.queryParam("annulee") != null ? page.t("order.cancelled") : "";
    }

    private static String error(Context ctx, Page page) {
        String code = ctx.queryParam("erreur");
        if (code == null) {
            return "";
        }
        return page.t(code.equals("trop-tard") ? "order.cancel.tooLate" : "order.cancel.failed");
    }
}
