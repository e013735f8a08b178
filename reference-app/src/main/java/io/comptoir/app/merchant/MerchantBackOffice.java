package io.comptoir.app.merchant;

import io.comptoir.app.Marketplace;
import io.comptoir.app.auth.Viewer;
import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.backoffice.NavLink;
import io.comptoir.app.backoffice.Notice;
import io.comptoir.app.backoffice.Problems;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.RouteRole;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The merchant back-office ({@code /espace-commercant}): a shop's staff run their orders, products, stock and profile.
 * An account may work for several shops: it chooses one, then every address names the shop
 * ({@code /espace-commercant/{merchantId}/...}) and every handler checks the account works for it (territory admins
 * may open any shop's). Another shop's pages are 403; unknown things are 404.
 */
public final class MerchantBackOffice {
    static final RouteRole[] STAFF = {RouteRole.MERCHANT_STAFF, RouteRole.TERRITORY_ADMIN};

    private final Marketplace marketplace;
    private final PageFactory pages;

    public MerchantBackOffice(Marketplace marketplace, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get(ShopPaths.ROOT, this::chooser, STAFF);
        new DashboardPage(this).register(routes);
        new OrderPages(this).register(routes);
        new ProductPages(this).register(routes);
        new ProfilePages(this).register(routes);
        new FulfilmentPage(this).register(routes);
        new BankPage(this).register(routes);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    Page page(Context ctx) {
        return pages.page(ctx);
    }

    /** The shop named by the address, after checking the account works for it: 403 otherwise, 404 when unknown. */
    public Merchant shop(Context ctx) {
        long id = PathParams.pageId(ctx, "merchantId");
        Viewer.of(ctx).requireStaffOf(id);
        return marketplace.merchants().require(new MerchantId(id));
    }

    /** The frame of a shop's page, with the notice of the action that led here ({@code ?ok=...}). */
    public BackOfficeFrame frame(Context ctx, Merchant shop, Section current) {
        Page page = pages.page(ctx);
        int toAccept = marketplace.orders().countMerchantOrders(shop.id(), Set.of(MerchantOrderStatus.PLACED));
        List<NavLink> nav = new ArrayList<>();
        for (Section section : Section.values()) {
            if (!section.offeredBy(marketplace)) {
                continue;
            }
            Optional<String> count = section == Section.ORDERS && toAccept > 0 ? Optional.of(page.number(toAccept)) : Optional.empty();
            nav.add(new NavLink(page.t(section.labelKey()), section.path(shop.id()), section == current, count));
        }
        Viewer viewer = Viewer.of(ctx);
        Optional<NavLink> switchLink = viewer.shops().size() > 1
                ? Optional.of(new NavLink(page.t("bo.shop.switch"), ShopPaths.ROOT, false, Optional.empty()))
                : viewer.has(Role.TERRITORY_ADMIN)
                ? Optional.of(new NavLink(page.t("bo.admin.back"), "/admin/boutiques/" + shop.id(), false, Optional.empty()))
                : Optional.empty();
        return new BackOfficeFrame(page, page.t("bo.shop.area"), shop.name(), nav, switchLink, Problems.flash(page));
    }

    /** After a change: back to a page of the back-office, saying what was done. */
    static void redirectDone(Context ctx, String path, String flash) {
        String separator = path.contains("?") ? "&" : "?";
        int anchor = path.indexOf('#');
        String target = anchor < 0 ? path + separator + "ok=" + flash
                : path.substring(0, anchor) + separator + "ok=" + flash + path.substring(anchor);
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    /** {@code /espace-commercant}: the shops the account works for; straight to the shop when there is one. */
    private void chooser(Context ctx) {
        Viewer viewer = Viewer.of(ctx);
        List<Merchant> shops = viewer.shops().stream().map(id -> marketplace.merchants().merchant(new MerchantId(id)))
                .flatMap(Optional::stream).sorted(Comparator.comparing(Merchant::name)).toList();
        if (shops.size() == 1) {
            ctx.redirect(ShopPaths.dashboard(shops.get(0).id()), HttpStatus.SEE_OTHER);
            return;
        }
        Page page = pages.page(ctx);
        List<ShopChooserView.Choice> choices = shops.stream().map(shop -> new ShopChooserView.Choice(shop.name(),
                ShopPaths.dashboard(shop.id()), io.comptoir.app.backoffice.StatusBadges.merchant(page, shop.status()),
                marketplace.orders().countMerchantOrders(shop.id(), Set.of(MerchantOrderStatus.PLACED)))).toList();
        BackOfficeFrame frame = new BackOfficeFrame(page, page.t("bo.shop.area"), "", List.of(),
                viewer.has(Role.TERRITORY_ADMIN) ? Optional.of(new NavLink(page.t("bo.admin.back"), "/admin/boutiques", false, Optional.empty()))
                        : Optional.empty(), Notice.none());
        PageFactory.render(ctx, "merchant/chooser.jte", new ShopChooserView(frame, choices, viewer.has(Role.TERRITORY_ADMIN)));
    }

    static List<MerchantOrderStatus> shopStatuses() {
        return Arrays.stream(MerchantOrderStatus.values()).filter(status -> status != MerchantOrderStatus.PENDING_PAYMENT).toList();
    }
}
