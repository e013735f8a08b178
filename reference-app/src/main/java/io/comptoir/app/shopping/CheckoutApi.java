package io.comptoir.app.shopping;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PreferWait;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CheckoutResult;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.payment.TenderRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;

import static java.util.Objects.requireNonNull;

/**
 * {@code POST /api/v1/checkout}: pays the signed-in shopper's cart. The {@code Idempotency-Key} header is required: the
 * same key always answers the same order (200 on a replay, 201 the first time), never a second one.
 *
 * <pre>
 * {"fulfilment": {"12": {"method": "LOCAL_DELIVERY", "address": {"recipient": "...", "street": "...", "postalCode": "62500",
 *                                                          "communeInsee": "62765", "phone": "", "instructions": ""}}},
 *  "tenders": [{"provider": "voucher", "details": {"code": "KDO-7Q2K"}},
 *              {"provider": "sandbox-card", "details": {"card": "4242424242424242"}}]}
 * </pre>
 * Shops left out of {@code fulfilment} are collected. A tender's optional {@code amount} ({@code {"amount": 1000,
 * "currency": "EUR"}}, as every amount the API takes) is exactly what it pays: one it cannot pay in full (beyond a
 * voucher's balance, or beyond what the basket leaves it) is a 400 naming {@code tenders[i].amount}.
 *
 * <p>A card processor confirms a payment asynchronously: the order is answered {@code PENDING_PAYMENT} unless the request
 * says {@code Prefer: wait=N} (RFC 7240), in which case the answer comes once the payment has settled, up to N seconds
 * (at most 20) later: the placed order, or the 409 {@code payment_declined} a synchronous refusal gives.
 *
 * <p>A tender never pays a shop that refuses its way to pay: a shop that refuses every way to pay given is a 409
 * {@code payment_method_refused} whose {@code details} say why for each tender, and nothing is held.
 * {@code GET /api/v1/checkout/payment-options} says beforehand which shops of the basket refuse which way to pay, and why.
 */
public final class CheckoutApi {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_TENDERS = 10;
    private static final int MAX_SHOPS = 100;
    private static final long MAX_TENDER_AMOUNT = 1_000_000_000_000L;

    private final Marketplace marketplace;
    private final Tenders tenders;
    private final Links links;
    private final PageFactory pages;

    public CheckoutApi(Marketplace marketplace, Tenders tenders, Links links, PageFactory pages) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.tenders = requireNonNull(tenders, "tenders is null");
        this.links = requireNonNull(links, "links is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/checkout", this::checkout, AccessRole.SHOPPER);
        routes.get("/api/v1/checkout/payment-options", this::paymentOptions, AccessRole.SHOPPER);
    }

    /** Which shops of the basket refuse which way to pay and why, in the reader's language ({@code ?lang=}, cookie, Accept-Language). */
    private void paymentOptions(Context ctx) {
        Cart cart = marketplace.carts().cart(CartOwner.shopper(Viewer.of(ctx).requireAccount().id()));
        ctx.header("Cache-Control", "no-store");
        ctx.json(PaymentOptionsJson.of(tenders.choices(cart, marketplace.merchants(), pages.page(ctx).i18n()), cart));
    }

    private void checkout(Context ctx) {
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "missing_idempotency_key",
                    "send an Idempotency-Key header (a UUID) so that a retried checkout never makes a second order");
        }
        JsonBody body = JsonBody.of(ctx);
        Map<MerchantId, FulfilmentChoice> fulfilment = new LinkedHashMap<>();
        Optional<JsonBody> choices = body.optionalObject("fulfilment");
        if (choices.isPresent()) {
            entries(choices.get()).forEach((merchant, choice) -> fulfilment.put(merchantId(choices.get(), merchant), choice(choice)));
        }
        List<TenderRequest> tenders = new ArrayList<>();
        for (JsonBody tender : body.objects("tenders", MAX_TENDERS)) {
            tenders.add(tender(tender));
        }
        Tenders.checkPayAtPickup(tenders, fulfilment.values());
        Optional<Duration> wait = PreferWait.of(ctx);
        AccountId shopper = Viewer.of(ctx).requireAccount().id();
        CheckoutRequest request = new CheckoutRequest(shopper, fulfilment, Tenders.identified(tenders, ctx.ip(), shopper), key.strip());
        ctx.header("Cache-Control", "no-store");
        if (wait.isEmpty()) {
            answer(ctx, marketplace.checkout().checkout(request));
            return;
        }
        // Prefer: wait=N: answer once the processor has confirmed (or refused) the payment, as a synchronous one would
        PreferWait.applied(ctx, wait.get());
        CompletionStage<CheckoutResult> paid = marketplace.checkout().checkout(request, wait.get());
        ctx.future(() -> paid.toCompletableFuture().thenAccept(result -> answer(ctx, result)));
    }

    private void answer(Context ctx, CheckoutResult result) {
        ctx.header("Location", links.to("/api/v1/orders/" + result.order().id().value()));
        ctx.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED);
        ctx.json(OrderJson.of(result.order(), marketplace.orders(), marketplace.merchants(), marketplace.payments(), links));
    }

    /** The shops' choices; one that is not an object is {@code invalid_fulfilment}, whatever the key the client wrote. */
    private static Map<String, JsonBody> entries(JsonBody fulfilment) {
        try {
            return fulfilment.entries(MAX_SHOPS);
        }
        catch (InvalidInputException e) {
            throw new InvalidInputException(e.field().orElse(fulfilment.path()), "invalid_fulfilment", e.getMessage());
        }
    }

    private static MerchantId merchantId(JsonBody fulfilment, String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return new MerchantId(id);
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(fulfilment.fieldName(text), "invalid_fulfilment", "the keys of fulfilment are merchant ids, got '"
                + text + "'");
    }

    private static FulfilmentChoice choice(JsonBody choice) {
        String method = choice.text("method", 40);
        if (method.equals(FulfilmentMethod.CLICK_AND_COLLECT.name())) {
            if (choice.has("address")) {
                throw JsonBody.invalid(choice.fieldName("address"), "a collection has no delivery address");
            }
            return FulfilmentChoice.collect();
        }
        if (!method.equals(FulfilmentMethod.LOCAL_DELIVERY.name())) {
            throw JsonBody.invalid(choice.fieldName("method"), "method is CLICK_AND_COLLECT or LOCAL_DELIVERY");
        }
        JsonBody address = choice.object("address");
        return FulfilmentChoice.deliverTo(new DeliveryAddress(address.text("recipient", 200), address.text("street", 300),
                address.text("postalCode", 10), address.text("communeInsee", 10), address.optionalText("phone", 40).orElse(""),
                address.optionalText("instructions", 500).orElse("")));
    }

    private static TenderRequest tender(JsonBody tender) {
        String provider = tender.text("provider", 40);
        Optional<Money> amount = tender.money("amount", Money.EUR, 1, MAX_TENDER_AMOUNT);
        Map<String, String> details = tender.optionalObject("details").map(object -> details(provider, object)).orElse(Map.of());
        return new TenderRequest(provider, amount, details);
    }

    /**
     * A tender's details, as texts. Those of the ways to pay the app knows ({@link Tenders#detailsOf}) are checked by name: a
     * detail the way to pay does not take is {@code unknown_field}; an error's code never comes from a key the client wrote.
     */
    private static Map<String, String> details(String provider, JsonBody details) {
        Optional<Set<String>> known = Tenders.detailsOf(provider);
        Map<String, String> texts;
        try {
            texts = details.texts(10, 200);
        }
        catch (InvalidInputException e) {
            String field = e.field().orElse(details.path());
            String key = field.startsWith(details.path() + ".") ? field.substring(details.path().length() + 1) : "";
            if (key.isEmpty() || known.map(names -> names.contains(key)).orElse(false)) {
                throw e;
            }
            throw known.isPresent() ? unknownDetail(details, key, provider, known.get())
                    : new InvalidInputException(field, "invalid_detail", e.getMessage());
        }
        if (known.isPresent()) {
            for (String key : texts.keySet()) {
                if (!known.get().contains(key)) {
                    throw unknownDetail(details, key, provider, known.get());
                }
            }
        }
        return texts;
    }

    private static InvalidInputException unknownDetail(JsonBody details, String key, String provider, Set<String> known) {
        return new InvalidInputException(details.fieldName(key), "unknown_field", details.fieldName(key) + " is not a detail of " + provider
                + (known.isEmpty() ? ", which takes none" : ", which takes " + String.join(", ", new TreeSet<>(known))));
    }
}
