package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Pager;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.app.web.backoffice.StatusBadges;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.Siret;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/boutiques}: the territory's shops by status and name, and each shop's life cycle: approve an applicant,
 * put an onboarded shop live (refused, with what is missing, while it is not ready), suspend, reinstate, feature on the
 * home page.
 */
final class ShopAdminPages {
    static final int PER_PAGE = 50;

    private final AdminBackOffice office;
    private final Marketplace marketplace;
    private final ShopSearch search;

    ShopAdminPages(AdminBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
        this.search = new ShopSearch(marketplace.merchants());
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.SHOPS, this::list, AdminBackOffice.ADMIN);
        routes.get(AdminPaths.SHOPS + "/{merchantId}", this::detail, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.SHOPS + "/{merchantId}/statut", this::changeStatus, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.SHOPS + "/{merchantId}/une", this::feature, AdminBackOffice.ADMIN);
    }

    static MerchantStatus status(String field, String text) {
        try {
            return MerchantStatus.valueOf(text.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(field, field + " must be one of " + Arrays.toString(MerchantStatus.values()));
        }
    }

    private void list(Context ctx) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.SHOPS);
        Page page = frame.page();
        QueryParams params = new QueryParams(ctx);
        Optional<MerchantStatus> status = params.text("statut", 20).map(text -> status("statut", text));
        Optional<String> query = params.text("q", ShopSearch.MAX_QUERY);
        int pageNumber = params.integer("page", 1, 1, 10_000);
        List<Merchant> shops = search.find(status, query);
        int pageCount = Math.max(1, (shops.size() + PER_PAGE - 1) / PER_PAGE);
        Map<String, String> communes = marketplace.territory().communes().stream()
                .collect(Collectors.toMap(Commune::inseeCode, Commune::name));
        String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        List<ShopAdminListView.Row> rows = shops.stream().skip((long) (pageNumber - 1) * PER_PAGE).limit(PER_PAGE)
                .map(shop -> new ShopAdminListView.Row(shop.name(), AdminPaths.shop(shop.id().value()), shop.trade(),
                        communes.getOrDefault(shop.address().communeInsee(), shop.address().communeInsee()),
                        StatusBadges.merchant(page, shop.status()), shop.featured(), shop.status() == MerchantStatus.LIVE,
                        ShopActions.from(page, shop.status()),
                        AdminPaths.shop(shop.id().value()) + "/statut", AdminPaths.shop(shop.id().value()) + "/une"))
                .toList();
        List<ShopAdminListView.Choice> statuses = Arrays.stream(MerchantStatus.values())
                .map(each -> new ShopAdminListView.Choice(each.name(), StatusBadges.merchant(page, each).label(), status.equals(Optional.of(each))))
                .toList();
        String filterQuery = status.map(s -> "statut=" + s.name() + "&").orElse("")
                + query.map(q -> "q=" + Paths.encodeQuery(q) + "&").orElse("");
        PageFactory.render(ctx, "admin/shops.jte", new ShopAdminListView(frame, statuses, query.orElse(""), shops.size(), rows,
                Pager.of(pageNumber, pageCount, number -> AdminPaths.SHOPS + "?" + filterQuery + "page=" + number), back,
                status.isPresent() || query.isPresent()));
    }

    private Merchant shop(Context ctx) {
        return marketplace.merchants().require(new MerchantId(PathParams.pageId(ctx, "merchantId")));
    }

    private void detail(Context ctx) {
        render(ctx, shop(ctx), Notice.none(), 200);
    }

    private void render(Context ctx, Merchant shop, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.SHOPS).withNotice(notice);
        Page page = frame.page();
        String commune = marketplace.territory().commune(shop.address().communeInsee()).map(Commune::name).orElse(shop.address().communeInsee());
        Map<io.comptoir.engine.api.catalogue.CategoryId, String> categories = marketplace.catalogue().categories().stream()
                .collect(Collectors.toMap(io.comptoir.engine.api.catalogue.Category::id, io.comptoir.engine.api.catalogue.Category::name));
        ctx.status(status);
        PageFactory.render(ctx, "admin/shop.jte", new ShopAdminView(frame, shop, StatusBadges.merchant(page, shop.status()),
                Siret.format(shop.legalId()), shop.address().street() + ", " + shop.address().postalCode() + " " + commune,
                shop.categories().stream().map(categories::get).filter(java.util.Objects::nonNull).collect(Collectors.joining(", ")),
                marketplace.catalogue().countProductsOf(shop.id(), true), marketplace.catalogue().countProductsOf(shop.id(), false),
                shop.status() == MerchantStatus.LIVE ? List.of() : marketplace.onboarding().checklist(shop.id()),
                marketplace.merchants().activationDecision(shop.id()).blockingItems(),
                ShopActions.from(page, shop.status()), AdminPaths.shop(shop.id().value()) + "/statut",
                AdminPaths.shop(shop.id().value()) + "/une", "/espace-commercant/" + shop.id(),
                shop.isVisibleToShoppers() ? Optional.of(Paths.shop(shop.id(), shop.slug())) : Optional.empty()));
    }

    private void changeStatus(Context ctx) {
        Merchant shop = shop(ctx);
        FormParams form = new FormParams(ctx);
        MerchantStatus target = status("statut", form.raw("statut"));
        try {
            marketplace.merchants().changeStatus(shop.id(), target, Viewer.of(ctx).actor());
            AdminBackOffice.redirectDone(ctx, form.raw("retour"), AdminPaths.shop(shop.id().value()),
                    "shop-" + target.name().toLowerCase(Locale.ROOT));
        }
        catch (ConflictException e) {
            Page page = office.page(ctx);
            Notice notice = e.code().equals("activation_refused")
                    ? new Notice(false, page.t("bo.admin.shop.refused", shop.name()), e.details(), Map.of())
                    : e.code().equals("illegal_status_transition")
                    ? Notice.problem(page.t("bo.admin.shop.illegal", StatusBadges.merchant(page, shop.status()).label(),
                    StatusBadges.merchant(page, target).label()))
                    : new Problems(page).of(e);
            render(ctx, marketplace.merchants().require(shop.id()), Optional.of(notice), 409);
        }
    }

    /** Adds the shop at the end of the home page's featured shops, or takes it out (their order: {@code /admin/territoire}). */
    private void feature(Context ctx) {
        Merchant shop = shop(ctx);
        FormParams form = new FormParams(ctx);
        boolean featured = form.bool("featured");
        try {
            marketplace.merchants().setFeatured(shop.id(), featured, Viewer.of(ctx).actor());
        }
        catch (ConflictException e) {
            render(ctx, shop, Optional.of(new Problems(office.page(ctx)).of(e)), 409);
            return;
        }
        AdminBackOffice.redirectDone(ctx, form.raw("retour"), AdminPaths.shop(shop.id().value()), featured ? "shop-featured" : "shop-unfeatured");
    }
}
