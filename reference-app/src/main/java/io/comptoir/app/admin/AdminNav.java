package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.engine.api.merchant.MerchantStatus;

import java.util.List;

/** The territory's back-office's own entries of its side navigation; the plugins' features add theirs after them. */
final class AdminNav {
    static final String DASHBOARD = "admin.dashboard";
    static final String SHOPS = "admin.shops";
    static final String ACCOUNTS = "admin.accounts";
    static final String ORDERS = "admin.orders";
    static final String MAIL = "admin.mail";
    static final String PRIVACY = "admin.privacy";
    static final String EVENTS = "admin.events";
    static final String IMPORT = "admin.import";
    static final String TERRITORY = "admin.territory";

    private AdminNav() {
    }

    static List<NavEntry> entries(Marketplace marketplace) {
        BackOffice office = BackOffice.ADMIN;
        return List.of(
                NavEntry.of(office, DASHBOARD, 10, "bo.admin.nav.dashboard", AdminPaths.ROOT),
                NavEntry.of(office, TERRITORY, 15, "bo.admin.nav.territory", AdminPaths.TERRITORY),
                NavEntry.of(office, SHOPS, 20, "bo.admin.nav.shops", AdminPaths.SHOPS)
                        .counting(scope -> marketplace.merchants().countByStatus().getOrDefault(MerchantStatus.APPLICANT, 0)),
                NavEntry.of(office, ACCOUNTS, 30, "bo.admin.nav.accounts", AdminPaths.ACCOUNTS),
                NavEntry.of(office, ORDERS, 40, "bo.admin.nav.orders", AdminPaths.ORDERS),
                NavEntry.of(office, MAIL, 50, "bo.admin.nav.mail", AdminPaths.MAIL),
                NavEntry.of(office, PRIVACY, 55, "bo.admin.nav.privacy", AdminPaths.PRIVACY),
                NavEntry.of(office, EVENTS, 60, "bo.admin.nav.events", AdminPaths.EVENTS)
                        .counting(scope -> EventDeliveryPages.needingAttention(marketplace)),
                NavEntry.of(office, IMPORT, 70, "bo.admin.nav.import", AdminPaths.IMPORT));
    }
}
