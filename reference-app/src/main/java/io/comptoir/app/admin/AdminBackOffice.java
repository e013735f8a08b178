package io.comptoir.app.admin;

import io.comptoir.app.Marketplace;
import io.comptoir.app.auth.Viewer;
import io.comptoir.app.backoffice.BackOfficeFrame;
import io.comptoir.app.backoffice.NavLink;
import io.comptoir.app.backoffice.Problems;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.RouteRole;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The territory's back-office ({@code /admin}), for its marketplace team: the dashboard with the figures the territory
 * reports, the shops and their life cycle, the accounts and their roles, every shop's orders, and the mail the
 * marketplace sent.
 */
public final class AdminBackOffice {
    static final RouteRole ADMIN = RouteRole.TERRITORY_ADMIN;
    private static final Pattern BACK = Pattern.compile("/admin(/[a-z-]+)*(/[0-9]+)?(\\?[A-Za-z0-9=&%._+~-]{0,300})?");

    private final Marketplace marketplace;
    private final PageFactory pages;

    public AdminBackOffice(Marketplace marketplace, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get(AdminPaths.ROOT, this::dashboard, ADMIN);
        new ShopAdminPages(this).register(routes);
        new AccountAdminPages(this).register(routes);
        new OrderOverviewPages(this).register(routes);
        routes.get(AdminPaths.MAIL, this::mail, ADMIN);
    }

    Marketplace marketplace() {
        return marketplace;
    }

    Page page(Context ctx) {
        return pages.page(ctx);
    }

    /** The layout of a page of this back-office, {@code current} being lit in the navigation. */
    public BackOfficeFrame frame(Context ctx, AdminSection current) {
        Page page = pages.page(ctx);
        int applicants = marketplace.merchants().countByStatus().getOrDefault(MerchantStatus.APPLICANT, 0);
        List<NavLink> nav = new ArrayList<>();
        for (AdminSection section : AdminSection.values()) {
            if (!section.offeredBy(marketplace)) {
                continue;
            }
            Optional<String> count = section == AdminSection.SHOPS && applicants > 0 ? Optional.of(page.number(applicants)) : Optional.empty();
            nav.add(new NavLink(page.t(section.labelKey()), section.path(), section == current, count));
        }
        Optional<NavLink> switchLink = Viewer.of(ctx).shops().isEmpty() ? Optional.empty()
                : Optional.of(new NavLink(page.t("bo.shop.area"), "/espace-commercant", false, Optional.empty()));
        return new BackOfficeFrame(page, page.t("bo.admin.area"), page.t("site.name.place"), nav, switchLink, Problems.flash(page));
    }

    /** After a change: back where the form said (a page of this back-office only), saying what was done. */
    static void redirectDone(Context ctx, String back, String fallback, String flash) {
        String target = back != null && BACK.matcher(back).matches() ? back : fallback;
        String[] parts = target.split("\\?", 2);
        java.util.StringJoiner query = new java.util.StringJoiner("&");
        if (parts.length == 2) {
            for (String parameter : parts[1].split("&")) {
                if (!parameter.isEmpty() && !parameter.startsWith("ok=")) {
                    query.add(parameter);
                }
            }
        }
        query.add("ok=" + flash);
        ctx.redirect(parts[0] + "?" + query, HttpStatus.SEE_OTHER);
    }

    private void dashboard(Context ctx) {
        BackOfficeFrame frame = frame(ctx, AdminSection.DASHBOARD);
        TerritoryDashboard data = TerritoryDashboard.of(marketplace);
        PageFactory.render(ctx, "admin/dashboard.jte", new AdminDashboardView(frame, data,
                VisitsChart.of(frame.page(), data.visits(), data.today())));
    }

    private void mail(Context ctx) {
        BackOfficeFrame frame = frame(ctx, AdminSection.MAIL);
        Page page = frame.page();
        List<MailView.Message> messages = marketplace.mailOutbox().latest(MailView.SHOWN).stream()
                .map(sent -> new MailView.Message(io.comptoir.app.backoffice.Formats.dateTime(page, sent.sentAt()),
                        io.comptoir.app.backoffice.Formats.iso(sent.sentAt()), sent.mail().to(), MailView.mask(sent.mail().subject()),
                        sent.mail().kind(), MailView.mask(sent.mail().body())))
                .toList();
        PageFactory.render(ctx, "admin/mail.jte", new MailView(frame, messages));
    }
}
