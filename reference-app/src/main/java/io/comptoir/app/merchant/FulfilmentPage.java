package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/retrait-livraison}: how the shop hands orders over: click &amp; collect at the
 * shop, its own delivery round (fee, communes of the territory it serves, free from an amount), or both.
 */
final class FulfilmentPage {
    static final long MAX_FEE = 100_000;

    private final MerchantBackOffice office;
    private final Marketplace marketplace;

    FulfilmentPage(MerchantBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
    }

    void register(RoutesConfig routes) {
        String path = ShopPaths.ROOT + "/{merchantId}/retrait-livraison";
        routes.get(path, this::form, MerchantBackOffice.STAFF);
        routes.post(path, this::save, MerchantBackOffice.STAFF);
    }

    private void form(Context ctx) {
        Merchant shop = office.shop(ctx);
        FulfilmentOptions options = marketplace.merchants().fulfilment(shop.id());
        String lang = office.page(ctx).lang();
        FulfilmentForm form = new FulfilmentForm(options.clickAndCollect(), options.delivery().isPresent(),
                options.delivery().map(d -> amount(d.fee(), lang)).orElse(""),
                options.delivery().flatMap(LocalDelivery::freeFrom).map(m -> amount(m, lang)).orElse(""),
                options.delivery().map(LocalDelivery::communes).orElse(Set.of()));
        render(ctx, shop, form, Notice.none(), 200);
    }

    private static String amount(Money money, String lang) {
        String text = money.toDecimal().toPlainString();
        return lang.equals("fr") ? text.replace('.', ',') : text;
    }

    private void save(Context ctx) {
        Merchant shop = office.shop(ctx);
        FormParams params = new FormParams(ctx);
        FulfilmentForm form = new FulfilmentForm(params.checked("clickAndCollect"), params.checked("delivery"), params.raw("fee"),
                params.raw("freeFrom"), new HashSet<>(params.all("communes")));
        try {
            marketplace.merchants().updateFulfilment(shop.id(), options(form, params), Viewer.of(ctx).actor());
            MerchantBackOffice.redirectDone(ctx, ShopPaths.fulfilment(shop.id()), "saved");
        }
        catch (InvalidInputException e) {
            render(ctx, shop, form, Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
    }

    static FulfilmentOptions options(FulfilmentForm form, FormParams params) {
        if (params.all("communes").size() > 500) {
            throw new InvalidInputException("communes", "invalid_communes", "too many communes");
        }
        Optional<LocalDelivery> delivery = Optional.empty();
        if (form.delivery()) {
            Money fee = params.money("fee", Money.EUR).orElse(Money.zero(Money.EUR));
            if (fee.minorUnits() > MAX_FEE) {
                throw new InvalidInputException("fee", "invalid_deliveryFee", "a delivery fee is at most 1 000");
            }
            Optional<Money> freeFrom = params.money("freeFrom", Money.EUR);
            if (form.communes().isEmpty()) {
                throw new InvalidInputException("communes", "invalid_communes_none", "choose the communes the shop delivers to");
            }
            delivery = Optional.of(new LocalDelivery(fee, form.communes(), freeFrom));
        }
        if (!form.clickAndCollect() && delivery.isEmpty()) {
            throw new InvalidInputException("clickAndCollect", "invalid_fulfilment", "offer click & collect, delivery, or both");
        }
        return new FulfilmentOptions(form.clickAndCollect(), delivery);
    }

    private void render(Context ctx, Merchant shop, FulfilmentForm form, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.FULFILMENT).withNotice(notice);
        List<Commune> communes = marketplace.territory().communes();
        List<FulfilmentView.Group> groups = marketplace.territory().intercommunalities().stream()
                .map(group -> new FulfilmentView.Group(group.name(), communes.stream()
                        .filter(commune -> commune.intercommunalityCode().equals(group.code()))
                        .map(commune -> new FulfilmentView.Choice(commune.inseeCode(), commune.name(), form.communes().contains(commune.inseeCode())))
                        .toList()))
                .filter(group -> !group.communes().isEmpty()).toList();
        ctx.status(status);
        PageFactory.render(ctx, "merchant/fulfilment.jte", new FulfilmentView(frame, form, groups, ShopPaths.fulfilment(shop.id())));
    }
}
