package io.comptoir.app.shopping;

import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.javalin.config.RoutesConfig;

import java.util.List;

/**
 * Buying: one basket over several shops, the checkout (click and collect or local delivery per shop, card, vouchers
 * and payment at the shop), the shopper's orders, and the payment processors' webhooks; pages and API.
 */
public final class ShoppingFeature implements WebFeature {

    @Override
    public String name() {
        return "shopping";
    }

    @Override
    public List<SiteLink> siteLinks() {
        return List.of(SiteLink.menu(50, "nav.cart", "/panier").countingTheCart("nav.cart.label"));
    }

    @Override
    public List<OpenApiSection> openApi() {
        return List.of(new ShoppingApiSection());
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        Marketplace marketplace = context.marketplace();
        OwnOrders ownOrders = new OwnOrders(marketplace.orders());
        new CartPage(marketplace, context.carts(), context.pages()).register(routes);
        new CartApi(marketplace, context.carts(), context.links()).register(routes);
        Tenders tenders = new Tenders(marketplace.payments());
        new CheckoutPage(marketplace, context.carts(), tenders, context.pages()).register(routes);
        new CheckoutApi(marketplace, tenders, context.links(), context.pages()).register(routes);
        new OrderPages(marketplace, ownOrders, context.pages()).register(routes);
        new OrdersApi(marketplace, ownOrders, context.links()).register(routes);
        new PaymentWebhooks(marketplace.payments()).register(routes);
    }
}
