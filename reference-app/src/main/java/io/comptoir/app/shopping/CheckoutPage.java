package io.comptoir.app.shopping;

import io.comptoir.app.catalogue.HoursTable;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.CartNotices;
import io.comptoir.app.web.CartOwners;
import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartLine;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CheckoutResult;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.ShopQuote;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * {@code /commande}: the checkout page, for signed-in shoppers. Each shop of the cart shows its fulfilment options —
 * click &amp; collect at its address during its opening hours, or its delivery round (fee, communes, free threshold)
 * with an address form — and the totals of the choices ({@code Checkout.quote}); then the ways to pay. The form works
 * without JavaScript: "update the total" posts it back and shows it again with the new totals; "pay" checks out with
 * the idempotency key the page was rendered with, so a double submission makes one order, and only if the cart is still
 * what the page showed ({@link CartVersion}).
 */
public final class CheckoutPage {
    static final String PATH = "/commande";
    private static final Pattern INDEXED = Pattern.compile("[a-zA-Z-]+\\[([0-9]{1,18})]");
    private static final Pattern TENDER_DETAIL = Pattern.compile("tenders\\[([0-9]{1,3})]\\.details\\.(.+)");

    private final Marketplace marketplace;
    private final CartOwners owners;
    private final Tenders tenders;
    private final PageFactory pages;

    public CheckoutPage(Marketplace marketplace, CartOwners owners, Tenders tenders, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.owners = requireNonNull(owners, "owners is null");
        this.tenders = requireNonNull(tenders, "tenders is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::show, AccessRole.SHOPPER);
        routes.post(PATH, this::submit, AccessRole.SHOPPER);
    }

    /** The form, filled in again when the shopper's last order was declined (its items are back in the cart). */
    private void show(Context ctx) {
        AccountId shopper = Viewer.of(ctx).requireAccount().id();
        CheckoutForm form = marketplace.orders().customerOrdersOf(shopper, 0, 1).stream()
                .filter(last -> last.status() == CustomerOrderStatus.PAYMENT_FAILED)
                .findFirst().map(CheckoutForm::retrying).orElseGet(CheckoutForm::blank);
        render(ctx, form, FormState.empty(), HttpStatus.OK);
    }

    private void submit(Context ctx) {
        CheckoutForm form = CheckoutForm.read(ctx);
        if (!form.action().equals("pay")) {
            render(ctx, form, FormState.empty(), HttpStatus.OK);
            return;
        }
        Page page = pages.page(ctx);
        FormState state = FormState.empty();
        // An empty cart skips the comparison: it is how a second submission of a paid page looks, and the engine then
        // answers the order of the first one (same idempotency key).
        Cart cart = owners.current(ctx);
        if (!cart.isEmpty() && !CartVersion.of(cart).equals(form.cartVersion())) {
            state.alert(page.t("checkout.error.cartChanged"));
            render(ctx, form, state, HttpStatus.CONFLICT);
            return;
        }
        AccountId shopper = Viewer.of(ctx).requireAccount().id();
        Map<MerchantId, FulfilmentChoice> choices = new LinkedHashMap<>();
        for (MerchantId merchant : form.shops().keySet()) {
            try {
                FulfilmentOptions options = marketplace.merchants().fulfilment(merchant);
                Optional<String> problem = form.methodProblem(merchant, options);
                if (problem.isPresent()) {
                    state.error("shop-" + merchant.value(), page.t(problem.get()));
                    state.alert(page.t("form.errors"));
                    continue;
                }
                choices.put(merchant, form.choice(merchant, options));
            }
            catch (NotFoundException e) {
                // A shop that no longer exists: the checkout finds the cart changed.
            }
        }
        Optional<TenderRequest> main = mainTender(form, tenders.choices(cart, marketplace.merchants(), page.i18n()), state, page);
        if (state.hasErrors() || main.isEmpty()) {
            render(ctx, form, state, HttpStatus.BAD_REQUEST);
            return;
        }
        List<TenderRequest> plan = Tenders.identified(Tenders.plan(tenders.takesVouchers() ? form.voucherCodes() : List.of(), main.get()),
                ctx.ip(), shopper);
        try {
            Tenders.checkPayAtPickup(plan, choices.values());
            CheckoutResult result = marketplace.checkout().checkout(new CheckoutRequest(shopper, choices, plan, form.idempotencyKey()));
            // a card paid on the processor's page (Stripe Checkout): there, and the processor sends the shopper back to the order
            ctx.redirect(tenders.approvalUrl(result.order().id()).orElse(OrderPath.of(result.order().id())), HttpStatus.SEE_OTHER);
        }
        catch (InvalidInputException e) {
            explain(e, form, state, page);
            render(ctx, form, state, HttpStatus.BAD_REQUEST);
        }
        catch (ConflictException e) {
            if (e.code().equals("cart_empty")) {
                ctx.redirect("/panier", HttpStatus.SEE_OTHER);
                return;
            }
            state.alert(conflictText(e, page));
            render(ctx, form, state, HttpStatus.CONFLICT);
        }
    }

    /**
     * The main tender as the form gives it, or the errors of its fields. Without a choice (every radio disabled, or none
     * sent), the first one every shop accepts; a choice a shop refuses is refused here, never replaced by another.
     */
    private Optional<TenderRequest> mainTender(CheckoutForm form, PaymentChoices payment, FormState state, Page page) {
        String chosen = form.tender().isBlank() ? form.tender(payment.allowedMainTenders()) : form.tender(tenders.mainTenders());
        if (!chosen.isEmpty() && !payment.allowedMainTenders().contains(chosen)) {
            state.error("tender", page.t("checkout.tender.error.unusable"));
            return Optional.empty();
        }
        if (chosen.equals(Tenders.PAY_AT_PICKUP) || chosen.equals(Tenders.HOSTED_CARD)) {
            return Optional.of(TenderRequest.of(chosen, Map.of()));
        }
        if (!chosen.equals(Tenders.SANDBOX_CARD)) {
            state.error("tender", page.t("checkout.tender.error.none"));
            return Optional.empty();
        }
        CardFields.problems(form.cardNumber(), form.cardExpiry(), form.cardCvc(), marketplace.today())
                .forEach((field, key) -> state.error(field, page.t(key)));
        return state.hasErrors() ? Optional.empty()
                : Optional.of(TenderRequest.of(Tenders.SANDBOX_CARD, Map.of(Tenders.CARD_NUMBER, form.cardNumber())));
    }

    /** Puts an engine refusal next to the field it is about. */
    private void explain(InvalidInputException e, CheckoutForm form, FormState state, Page page) {
        String field = e.field().orElse("");
        Matcher indexed = INDEXED.matcher(field);
        Matcher detail = TENDER_DETAIL.matcher(field);
        if (field.startsWith("fulfilment[") && indexed.matches()) {
            state.error("shop-" + indexed.group(1), page.t(switch (e.code()) {
                case "invalid_address" -> "checkout.error.address";
                case "outside_delivery_area" -> "checkout.error.area";
                case "fulfilment_not_offered" -> "checkout.error.notOffered";
                case "fulfilment_required" -> "checkout.error.deliveryOnly";
                default -> "checkout.error.fulfilment";
            }));
            state.alert(page.t("form.errors"));
        }
        else if (detail.matches() && detail.group(2).equals(Tenders.CARD_NUMBER)) {
            state.error("cardNumber", page.t("checkout.card.error.number"));
        }
        else if (detail.matches() && tenders.takesVouchers() && !form.voucherCodes().isEmpty()) {
            // a voucher's code refused before anything was held: the tenders are the codes in order, then the main one
            int index = Integer.parseInt(detail.group(1));
            state.error("voucherCode", index < form.voucherCodes().size() ? page.t("checkout.voucher.refused", form.voucherCodes().get(index))
                    : page.t("checkout.voucher.refusedOne"));
        }
        else if (field.startsWith("tenders[") && indexed.matches()) {
            int index = Integer.parseInt(indexed.group(1));
            int vouchers = tenders.takesVouchers() ? form.voucherCodes().size() : 0;
            if (index < vouchers) {
                state.error("voucherCode", page.t("checkout.voucher.refused", form.voucherCodes().get(index)));
            }
            else {
                state.error("tender", page.t(e.code().equals("pay_at_pickup_needs_collection") ? "checkout.tender.error.pickupNeedsCollection"
                        : "checkout.tender.error.unusable"));
            }
        }
        else if (field.equals("Idempotency-Key")) {
            state.alert(page.t("checkout.error.stale"));
        }
        else if (field.equals("fulfilment")) {
            state.alert(page.t("checkout.error.cartChanged"));
        }
        else {
            state.alert(page.t("checkout.error.other"));
        }
    }

    private static String conflictText(ConflictException e, Page page) {
        return switch (e.code()) {
            case "cart_changed" -> page.t("checkout.error.cartChanged");
            case "insufficient_stock" -> page.t("checkout.error.stock");
            case "tenders_do_not_cover" -> page.t("checkout.error.notCovered");
            case "payment_method_refused" -> page.t("checkout.error.methodRefused");
            case "payment_declined" -> page.t("checkout.error.declined", e.details().size() > 1 ? e.details().get(1) : "");
            case "idempotency_key_reused" -> page.t("checkout.error.stale");
            case "checkout_in_progress" -> page.t("checkout.error.inProgress");
            default -> page.t("checkout.error.other");
        };
    }

    private void render(Context ctx, CheckoutForm form, FormState state, HttpStatus status) {
        Cart cart = owners.current(ctx);
        if (cart.isEmpty()) {
            ctx.redirect("/panier", HttpStatus.SEE_OTHER);
            return;
        }
        Page page = pages.page(ctx);
        AccountId shopper = Viewer.of(ctx).requireAccount().id();
        Map<MerchantId, List<CartLine>> groups = cart.linesByMerchant();
        Map<MerchantId, FulfilmentOptions> options = new LinkedHashMap<>();
        Map<MerchantId, FulfilmentChoice> choices = new LinkedHashMap<>();
        groups.keySet().forEach(merchant -> {
            FulfilmentOptions offered = marketplace.merchants().fulfilment(merchant);
            options.put(merchant, offered);
            choices.put(merchant, form.choice(merchant, offered));
        });
        Money zero = Money.zero(cart.total().currency());
        Money subtotal = zero;
        Money fees = zero;
        Money total = zero;
        List<CheckoutView.ShopSection> sections = new ArrayList<>();
        for (ShopQuote quote : marketplace.checkout().quote(shopper, choices)) {
            MerchantId merchant = quote.merchantId();
            sections.add(section(page, form, state, merchant, options.get(merchant), quote, groups.getOrDefault(merchant, List.of())));
            subtotal = subtotal.plus(quote.subtotal());
            fees = fees.plus(quote.deliveryFee());
            total = total.plus(quote.total());
        }
        PaymentChoices payment = tenders.choices(cart, marketplace.merchants(), page.i18n());
        String chosen = form.tender(payment.allowedMainTenders());
        ctx.status(status);
        ctx.header("Cache-Control", "private, no-store");
        PageFactory.render(ctx, "shopping/checkout.jte", new CheckoutView(page, sections, subtotal, fees, total,
                UUID.randomUUID().toString(), CartVersion.of(cart), tenders.mainTenders(), chosen, tenders.takesVouchers(), form.voucherCodes(), state,
                CartNotices.texts(page, cart.notices()), payment));
    }

    private CheckoutView.ShopSection section(Page page, CheckoutForm form, FormState state, MerchantId id, FulfilmentOptions options,
                                             ShopQuote quote, List<CartLine> lines) {
        Merchant merchant = marketplace.merchants().require(id);
        HoursTable hours = HoursTable.of(merchant.openingHours(), marketplace.localNow(), page);
        String selectedCommune = form.value(id, "commune");
        Optional<CheckoutView.DeliveryOffer> delivery = options.delivery().map((LocalDelivery round) -> new CheckoutView.DeliveryOffer(
                round.fee(), round.freeFrom(), round.feeFor(quote.subtotal()),
                round.communes().stream().map(insee -> new CheckoutView.Commune(insee, communeName(insee), insee.equals(selectedCommune)))
                        .sorted(Comparator.comparing(CheckoutView.Commune::name)).toList()));
        Map<String, String> address = new LinkedHashMap<>();
        CheckoutForm.ADDRESS_FIELDS.forEach(name -> address.put(name, form.value(id, name)));
        return new CheckoutView.ShopSection(id.value(), quote.merchantName(), Paths.shop(merchant.id(), merchant.slug()),
                merchant.address().street(), merchant.address().postalCode(), communeName(merchant.address().communeInsee()), hours,
                options.clickAndCollect(), delivery, form.method(id, options), quote.subtotal(), quote.deliveryFee(), quote.adjustments(), quote.total(),
                lines.stream().map(line -> new CheckoutView.Item(line.productName(), line.variantLabel(), line.quantity(), line.total())).toList(),
                address, state.errorOf("shop-" + id.value()));
    }

    private String communeName(String insee) {
        return marketplace.territory().commune(insee).map(Commune::name).orElse(insee);
    }
}
