package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.shopping.PaymentTexts;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.payment.ShopPaymentMethod;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/moyens-de-paiement}: the ways to pay the shop accepts, among the marketplace's.
 * Each is accepted until the staff untick it; a way to pay whose provider cannot pay the shop (no voucher programme, no
 * card account ready) says so and why. A shop keeps at least one.
 */
final class PaymentMethodsPage {
    /** More ways to pay than any marketplace runs: a form with more is not ours. */
    static final int MAX_METHODS = 20;

    private final MerchantBackOffice office;
    private final Marketplace marketplace;

    PaymentMethodsPage(MerchantBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
    }

    void register(RoutesConfig routes) {
        String path = ShopPaths.ROOT + "/{merchantId}/moyens-de-paiement";
        routes.get(path, this::form, MerchantBackOffice.STAFF);
        routes.post(path, this::save, MerchantBackOffice.STAFF);
    }

    private void form(Context ctx) {
        Merchant shop = office.shop(ctx);
        List<ShopPaymentMethod> methods = marketplace.payments().paymentMethodsOf(shop.id());
        render(ctx, shop, methods, accepted(methods), Notice.none(), 200);
    }

    private void save(Context ctx) {
        Merchant shop = office.shop(ctx);
        List<String> ticked = new FormParams(ctx).all("methods");
        try {
            if (ticked.size() > MAX_METHODS) {
                throw new InvalidInputException("methods", "invalid_methods", "at most " + MAX_METHODS + " ways to pay");
            }
            marketplace.payments().acceptPaymentMethods(shop.id(), Set.copyOf(ticked), Viewer.of(ctx).actor());
            MerchantBackOffice.redirectDone(ctx, ShopPaths.paymentMethods(shop.id()), "saved");
        }
        catch (InvalidInputException e) {
            render(ctx, shop, marketplace.payments().paymentMethodsOf(shop.id()), new HashSet<>(ticked),
                    Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
    }

    private static Set<String> accepted(List<ShopPaymentMethod> methods) {
        Set<String> accepted = new HashSet<>();
        methods.stream().filter(ShopPaymentMethod::accepted).forEach(method -> accepted.add(method.method()));
        return accepted;
    }

    private void render(Context ctx, Merchant shop, List<ShopPaymentMethod> methods, Set<String> ticked, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.PAYMENT_METHODS).withNotice(notice);
        PaymentTexts texts = new PaymentTexts(frame.page().i18n());
        List<PaymentMethodsView.Choice> choices = methods.stream().map(method -> new PaymentMethodsView.Choice(method.method(),
                texts.name(method.method(), method.displayName()), ticked.contains(method.method()),
                method.providerRefusal().map(refusal -> texts.declined(method.method(), method.displayName(), refusal)))).toList();
        ctx.status(status);
        PageFactory.render(ctx, "merchant/paymentMethods.jte", new PaymentMethodsView(frame, choices, ShopPaths.paymentMethods(shop.id())));
    }
}
