package io.comptoir.app.stripe;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.backoffice.ShopAccess;
import io.comptoir.app.web.backoffice.ShopOffice;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.stripe.api.CardPart;
import io.comptoir.stripe.api.StripeConnect;
import io.comptoir.stripe.api.StripeReports;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A shop's card payments ({@code /espace-commercant/{merchantId}/paiements-carte}): its Stripe Express account (connect it
 * through Stripe's hosted onboarding, then its state: details submitted, charges and payouts enabled, what Stripe still
 * needs) and, per order part paid by card, what was captured, refunded, kept as commission and transferred to it.
 */
final class ShopCardPages extends ShopOffice {
    /** The latest parts shown; older ones are in the territory's movements CSV. */
    static final int PARTS_SHOWN = 100;

    private final Marketplace marketplace;

    ShopCardPages(Marketplace marketplace, PageFactory pages, BackOffices backOffices) {
        super(pages, backOffices, marketplace.merchants());
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    void register(RoutesConfig routes) {
        routes.get(CardPaths.SHOP_ROOT, this::show, ShopAccess.ROLES);
        routes.post(CardPaths.SHOP_ROOT + "/connecter", this::connect, ShopAccess.ROLES);
        routes.get(CardPaths.SHOP_ROOT + "/lien", this::connect, ShopAccess.ROLES);
        routes.get(CardPaths.SHOP_ROOT + "/retour", this::back, ShopAccess.ROLES);
    }

    private void show(Context ctx) {
        Merchant shop = shop(ctx);
        Page page = page(ctx);
        StripeReports reports = marketplace.requirePlugin(StripeReports.class);
        List<CardPart> parts = reports.partsOf(shop.id(), 0, PARTS_SHOWN);
        PageFactory.render(ctx, "stripe/shop.jte", new ShopCardView(frame(ctx, shop, CardPaths.SHOP_NAV), connect().account(shop.id()),
                reports.shop(shop.id()).totals(), parts.stream().map(part -> ShopCardView.Row.of(page, part)).toList(),
                CardPaths.shop(shop.id()) + "/connecter"));
    }

    /**
     * To Stripe's onboarding: the shop's Express account is created once, then each visit gets a fresh single-use link
     * (Stripe sends an expired one back to {@code /lien}, which makes another).
     */
    private void connect(Context ctx) {
        Merchant shop = shop(ctx);
        String root = absolute(ctx, CardPaths.shop(shop.id()));
        ctx.redirect(connect().onboardingLink(shop.id(), root + "/retour", root + "/lien"), HttpStatus.SEE_OTHER);
    }

    /** Back from Stripe: the account's state is read at once (the {@code account.updated} webhook may come later). */
    private void back(Context ctx) {
        Merchant shop = shop(ctx);
        connect().refresh(shop.id());
        redirectDone(ctx, CardPaths.shop(shop.id()), "stripe-refreshed");
    }

    private StripeConnect connect() {
        return marketplace.requirePlugin(StripeConnect.class);
    }

    /** Stripe needs absolute addresses: the public one when configured, else the one the shop's browser used. */
    private String absolute(Context ctx, String path) {
        String known = page(ctx).absolute(path);
        return known.startsWith("http") ? known : ctx.scheme() + "://" + ctx.host() + path;
    }
}
