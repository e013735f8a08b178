package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.merchant.MerchantApiJson;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderFeedPage;
import io.comptoir.engine.api.order.OrderFeedQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/admin/...}: the territory's back-office as JSON, for territory admins. */
final class AdminApi {
    public static final String ROOT = "/api/v1/admin";
    static final int DEFAULT_SIZE = 50;

    private final Marketplace marketplace;
    private final ShopSearch search;
    private final RoleChoices roles;
    private final RoleChanges changes;

    AdminApi(Marketplace marketplace, RoleChoices roles) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.search = new ShopSearch(marketplace.merchants());
        this.roles = requireNonNull(roles, "roles is null");
        this.changes = new RoleChanges(marketplace.accounts(), marketplace.merchants(), roles);
    }

    void register(RoutesConfig routes) {
        routes.get(ROOT + "/dashboard", this::dashboard, AdminBackOffice.ADMIN);
        routes.get(ROOT + "/merchants", this::merchants, AdminBackOffice.ADMIN);
        routes.get(ROOT + "/merchants/{merchantId}", this::merchant, AdminBackOffice.ADMIN);
        routes.put(ROOT + "/merchants/{merchantId}/status", this::changeStatus, AdminBackOffice.ADMIN);
        routes.put(ROOT + "/merchants/{merchantId}/featured", this::feature, AdminBackOffice.ADMIN);
        routes.get(ROOT + "/accounts", this::accounts, AdminBackOffice.ADMIN);
        routes.get(ROOT + "/accounts/{accountId}", this::account, AdminBackOffice.ADMIN);
        routes.post(ROOT + "/accounts/{accountId}/roles", this::grant, AdminBackOffice.ADMIN);
        routes.delete(ROOT + "/accounts/{accountId}/roles/{role}", this::revoke, AdminBackOffice.ADMIN);
        routes.put(ROOT + "/accounts/{accountId}/active", this::setActive, AdminBackOffice.ADMIN);
        routes.get(ROOT + "/orders", this::orders, AdminBackOffice.ADMIN);
        routes.get(ROOT + "/orders/{orderId}", this::order, AdminBackOffice.ADMIN);
        routes.get(ROOT + "/mail", this::mail, AdminBackOffice.ADMIN);
        routes.post(ROOT + "/mail/{mailId}/retry", this::retryMail, AdminBackOffice.ADMIN);
    }

    private void dashboard(Context ctx) {
        ctx.json(AdminJson.Dashboard.of(TerritoryDashboard.of(marketplace)));
    }

    private void merchants(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        Optional<MerchantStatus> status = params.text("status", 20).map(AdminApi::status);
        Optional<String> query = params.text("q", ShopSearch.MAX_QUERY);
        int page = params.integer("page", 0, 0, 10_000);
        int size = params.integer("size", DEFAULT_SIZE, 1, 100);
        List<Merchant> shops = search.find(status, query);
        ctx.json(new AdminJson.ShopPage(shops.stream().skip((long) page * size).limit(size).map(AdminJson.Shop::of).toList(),
                shops.size(), page, size));
    }

    private static MerchantStatus status(String text) {
        try {
            return MerchantStatus.valueOf(text);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("status", "status must be one of APPLICANT, ONBOARDING, LIVE, SUSPENDED; got '" + text + "'");
        }
    }

    private Merchant shop(Context ctx) {
        return marketplace.merchants().require(new MerchantId(PathParams.positiveId(ctx, "merchantId")));
    }

    private void merchant(Context ctx) {
        ctx.json(detail(shop(ctx)));
    }

    private AdminJson.ShopDetail detail(Merchant shop) {
        return AdminJson.ShopDetail.of(shop, marketplace.catalogue().countProductsOf(shop.id(), true),
                marketplace.catalogue().countProductsOf(shop.id(), false),
                shop.status() == MerchantStatus.LIVE ? List.of() : marketplace.onboarding().checklist(shop.id()),
                shop.status() == MerchantStatus.LIVE ? List.of() : marketplace.merchants().activationDecision(shop.id()).blockingItems());
    }

    private void changeStatus(Context ctx) {
        Merchant shop = shop(ctx);
        JsonBody body = JsonBody.of(ctx);
        MerchantStatus target = body.choice("status", MerchantStatus.class)
                .orElseThrow(() -> InvalidInputException.invalid("status", "status is required"));
        ctx.json(detail(marketplace.merchants().changeStatus(shop.id(), target, Viewer.of(ctx).actor())));
    }

    private void feature(Context ctx) {
        Merchant shop = shop(ctx);
        boolean featured = JsonBody.of(ctx).bool("featured");
        ctx.json(detail(marketplace.merchants().setFeatured(shop.id(), featured, Viewer.of(ctx).actor())));
    }

    private void accounts(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        Optional<Role> role = params.text("role", 20).map(this::role);
        Optional<String> query = params.text("q", 254);
        int page = params.integer("page", 0, 0, 10_000);
        int size = params.integer("size", DEFAULT_SIZE, 1, 100);
        AccountFilter filter = new AccountFilter(role, query, page * size, size);
        ctx.json(new AdminJson.AccountPage(marketplace.accounts().find(filter).stream().map(AdminJson.AccountJson::of).toList(),
                marketplace.accounts().count(filter), page, size));
    }

    /** A role an account can hold here, by name. */
    private Role role(String name) {
        return roles.byName(name).orElseThrow(() -> InvalidInputException.invalid("role", "role must be one of "
                + roles.all().stream().map(Role::name).collect(java.util.stream.Collectors.joining(", "))));
    }

    private Account accountOf(Context ctx) {
        return changes.require(new AccountId(PathParams.positiveId(ctx, "accountId")));
    }

    private void account(Context ctx) {
        ctx.json(AdminJson.AccountJson.of(accountOf(ctx)));
    }

    private void grant(Context ctx) {
        Account account = accountOf(ctx);
        JsonBody body = JsonBody.of(ctx);
        Role role = body.choice("role", roles.all(), Role::name)
                .orElseThrow(() -> InvalidInputException.invalid("role", "role is required"));
        OptionalLong scope = body.optionalInteger("scope", 1, Long.MAX_VALUE).map(OptionalLong::of).orElse(OptionalLong.empty());
        ctx.json(AdminJson.AccountJson.of(changes.grant(account, changes.grantOf(role, scope, "scope"), "scope", Viewer.of(ctx).actor())));
    }

    private void revoke(Context ctx) {
        Account account = accountOf(ctx);
        Role role = role(ctx.pathParam("role"));
        QueryParams params = new QueryParams(ctx);
        OptionalLong scope = params.text("scope").isPresent() ? OptionalLong.of(params.integer("scope", 1, 1, Integer.MAX_VALUE))
                : OptionalLong.empty();
        if (role.scoped() != scope.isPresent()) {
            throw InvalidInputException.invalid("scope", role.scoped() ? role + " needs the scope it was given for" : role + " takes no scope");
        }
        ctx.json(AdminJson.AccountJson.of(changes.revoke(account, new io.comptoir.engine.api.account.RoleGrant(role, scope), Viewer.of(ctx).actor())));
    }

    private void setActive(Context ctx) {
        Account account = accountOf(ctx);
        boolean active = JsonBody.of(ctx).bool("active");
        ctx.json(AdminJson.AccountJson.of(changes.setActive(account, active, Viewer.of(ctx).actor())));
    }

    /**
     * The feed, newest first, filtered by {@code status} (repeated), {@code merchant}, {@code from} and {@code until} (dates
     * of the marketplace's zone, both included), a page at a time: {@code after} (the {@code next} of the page before) reaches any depth;
     * {@code page} (0 to 99) is the older way to walk the unfiltered feed.
     */
    private void orders(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        int page = params.integer("page", 0, 0, 99);
        int size = params.integer("size", DEFAULT_SIZE, 1, 100);
        Set<MerchantOrderStatus> statuses = params.all("status").stream().map(AdminApi::orderStatus).collect(Collectors.toSet());
        Optional<MerchantId> merchant = params.ids("merchant").stream().findFirst().map(MerchantId::new);
        Optional<LocalDate> fromDay = date(params, "from");
        Optional<LocalDate> untilDay = date(params, "until");
        if (fromDay.isPresent() && untilDay.isPresent() && untilDay.get().isBefore(fromDay.get())) {
            throw InvalidInputException.invalid("until", "until is on or after from, got " + untilDay.get() + " before " + fromDay.get());
        }
        Optional<Instant> from = fromDay.map(marketplace.calendar()::startOf);
        Optional<Instant> until = untilDay.map(marketplace.calendar()::endOf);
        Optional<String> after = params.text("after", 200);
        var actor = Viewer.of(ctx).actor();
        if (page > 0) {
            if (after.isPresent() || !statuses.isEmpty() || merchant.isPresent() || from.isPresent() || until.isPresent()) {
                throw InvalidInputException.invalid("page", "page walks the unfiltered feed: with filters or after, leave page out");
            }
            List<MerchantOrder> orders = marketplace.orders().recentMerchantOrders(page * size, size + 1);
            ctx.json(new AdminJson.OrderFeed(orders.stream().limit(size)
                    .map(order -> MerchantApiJson.OrderJson.of(order, marketplace.orders().allowedActions(order, actor, false))).toList(),
                    page, size, orders.size() > size, null));
            return;
        }
        OrderFeedPage feed = marketplace.orders().orderFeed(new OrderFeedQuery(statuses, merchant, from, until, after, size));
        ctx.json(new AdminJson.OrderFeed(feed.orders().stream()
                .map(order -> MerchantApiJson.OrderJson.of(order, marketplace.orders().allowedActions(order, actor, false))).toList(),
                0, size, feed.next().isPresent(), feed.next().orElse(null)));
    }

    private static MerchantOrderStatus orderStatus(String text) {
        try {
            return MerchantOrderStatus.valueOf(text);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("status", "status must be one of " + List.of(MerchantOrderStatus.values()) + ", got '" + text + "'");
        }
    }

    private static Optional<LocalDate> date(QueryParams params, String name) {
        return params.text(name, 10).map(text -> {
            try {
                return LocalDate.parse(text);
            }
            catch (java.time.format.DateTimeParseException e) {
                throw InvalidInputException.invalid(name, name + " must be a date such as 2026-11-24, got '" + text + "'");
            }
        });
    }

    private void order(Context ctx) {
        MerchantOrderId id = new MerchantOrderId(PathParams.positiveId(ctx, "orderId"));
        MerchantOrder order = marketplace.orders().merchantOrder(id).orElseThrow(() -> NotFoundException.of("merchant_order", id));
        ctx.json(MerchantApiJson.OrderJson.of(order, marketplace.orders().allowedActions(order, Viewer.of(ctx).actor(), false)));
    }

    private void mail(Context ctx) {
        QueryParams params = new QueryParams(ctx);
        Optional<MailStatus> status = params.text("status", 20).map(AdminApi::mailStatus);
        int size = params.integer("size", DEFAULT_SIZE, 1, 100);
        MailOutbox outbox = marketplace.mailOutbox();
        List<SentMail> mails = status.map(chosen -> outbox.latest(chosen, size)).orElseGet(() -> outbox.latest(size));
        ctx.json(new AdminJson.MailPage(outbox.transport().orElse(null), new TreeMap<>(outbox.counts()),
                mails.stream().map(AdminJson.MailJson::of).toList()));
    }

    private static MailStatus mailStatus(String text) {
        try {
            return MailStatus.valueOf(text);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("status", "status must be one of KEPT, PENDING, SENT, FAILED; got '" + text + "'");
        }
    }

    private void retryMail(Context ctx) {
        long id = PathParams.positiveId(ctx, "mailId");
        MailOutbox outbox = marketplace.mailOutbox();
        SentMail mail = outbox.message(id).orElseThrow(() -> NotFoundException.of("mail", id));
        if (outbox.transport().isEmpty()) {
            throw new ConflictException("mail_not_sent", "no SMTP server is configured: mail is only kept in the outbox");
        }
        if (!outbox.retry(id)) {
            throw new ConflictException("mail_not_failed", "only a failed mail can be sent again; this one is " + mail.status());
        }
        ctx.json(AdminJson.MailJson.of(outbox.message(id).orElseThrow()));
    }
}
