package io.comptoir.app.shopping;

import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What the checkout page's form sent: per shop ({@code fulfilment-<id>}, {@code street-<id>}...) the collection or
 * the delivery address, then the way to pay, the voucher codes, the idempotency key the page was rendered with, and
 * which button was pressed. Values are kept as typed, to be shown again when something is refused.
 */
public record CheckoutForm(Map<MerchantId, Map<String, String>> shops, String tender, String cardNumber, String cardExpiry, String cardCvc,
                           List<String> voucherCodes, String idempotencyKey, String cartVersion, String action) {
    public static final String COLLECT = "collect";
    public static final String DELIVER = "deliver";
    static final List<String> ADDRESS_FIELDS = List.of("recipient", "street", "postalCode", "commune", "phone", "instructions");
    private static final int MAX_FIELD = 500;
    private static final int MAX_SHOPS = 100;
    private static final Pattern SHOP_FIELD = Pattern.compile("(?:fulfilment|recipient|street|postalCode|commune|phone|instructions)-([0-9]{1,18})");

    public CheckoutForm {
        shops = Map.copyOf(requireNonNull(shops, "shops is null"));
        requireNonNull(tender, "tender is null");
        requireNonNull(cardNumber, "cardNumber is null");
        requireNonNull(cardExpiry, "cardExpiry is null");
        requireNonNull(cardCvc, "cardCvc is null");
        voucherCodes = List.copyOf(voucherCodes);
        requireNonNull(idempotencyKey, "idempotencyKey is null");
        requireNonNull(cartVersion, "cartVersion is null");
        requireNonNull(action, "action is null");
    }

    /** The form as first shown: nothing chosen yet. */
    public static CheckoutForm blank() {
        return new CheckoutForm(Map.of(), "", "", "", "", List.of(), "", "", "");
    }

    /**
     * The form as it was for an order whose payment was declined: each shop's collection or delivery address again, so
     * that paying anew (the cart holds the items again) does not mean typing them again. The card is asked anew.
     */
    public static CheckoutForm retrying(CustomerOrder declined) {
        Map<MerchantId, Map<String, String>> shops = new LinkedHashMap<>();
        for (MerchantOrder part : declined.merchantOrders()) {
            Map<String, String> fields = new LinkedHashMap<>();
            boolean collect = part.fulfilment().method() == FulfilmentMethod.CLICK_AND_COLLECT;
            fields.put("fulfilment", collect ? COLLECT : DELIVER);
            part.fulfilment().address().ifPresent(address -> {
                fields.put("recipient", address.recipient());
                fields.put("street", address.street());
                fields.put("postalCode", address.postalCode());
                fields.put("commune", address.communeInsee());
                fields.put("phone", address.phone());
                fields.put("instructions", address.instructions());
            });
            shops.put(part.merchantId(), fields);
        }
        return new CheckoutForm(shops, "", "", "", "", List.of(), "", "", "");
    }

    /**
     * Reads the form. The shops are those the form names: the cart is not read before checkout, so that a change since
     * the page was shown is caught by the checkout (which refuses it) rather than silently taken.
     */
    public static CheckoutForm read(Context ctx) {
        Set<Long> ids = new TreeSet<>();
        for (String name : ctx.formParamMap().keySet()) {
            Matcher matcher = SHOP_FIELD.matcher(name);
            if (matcher.matches() && ids.size() < MAX_SHOPS) {
                ids.add(Long.parseLong(matcher.group(1)));
            }
        }
        Map<MerchantId, Map<String, String>> shops = new LinkedHashMap<>();
        for (MerchantId merchant : ids.stream().filter(id -> id > 0).map(MerchantId::new).toList()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("fulfilment", field(ctx, "fulfilment-" + merchant.value()));
            ADDRESS_FIELDS.forEach(name -> fields.put(name, field(ctx, name + "-" + merchant.value())));
            shops.put(merchant, fields);
        }
        List<String> codes = ctx.formParams("voucherCode").stream().map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.length() > MAX_FIELD ? code.substring(0, MAX_FIELD) : code)
                .distinct().limit(Tenders.MAX_VOUCHERS).toList();
        return new CheckoutForm(shops, field(ctx, "tender"), field(ctx, "cardNumber"), field(ctx, "cardExpiry"), field(ctx, "cardCvc"),
                codes, field(ctx, "idempotencyKey"), field(ctx, "cartVersion"), field(ctx, "action"));
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > MAX_FIELD ? stripped.substring(0, MAX_FIELD) : stripped;
    }

    /** A shop's field as typed, or an empty text. */
    public String value(MerchantId merchant, String name) {
        return shops.getOrDefault(merchant, Map.of()).getOrDefault(name, "");
    }

    /** {@link #COLLECT} or {@link #DELIVER}: what the shopper chose, else what the shop offers first. */
    public String method(MerchantId merchant, FulfilmentOptions options) {
        String chosen = value(merchant, "fulfilment");
        if (chosen.equals(DELIVER) && options.delivery().isPresent() || chosen.equals(COLLECT) && options.clickAndCollect()) {
            return chosen;
        }
        return options.clickAndCollect() ? COLLECT : DELIVER;
    }

    /**
     * What is wrong with the choice sent for a shop, as the key of its message: a value that is no choice at all, or one the
     * shop does not offer (the page was shown before it changed its options). Empty when the choice stands, or when none was
     * sent (the shop's first is then taken, as {@link #method} shows it).
     */
    public Optional<String> methodProblem(MerchantId merchant, FulfilmentOptions options) {
        String chosen = value(merchant, "fulfilment");
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        if (!chosen.equals(COLLECT) && !chosen.equals(DELIVER)) {
            return Optional.of("checkout.error.fulfilment");
        }
        boolean offered = chosen.equals(DELIVER) ? options.delivery().isPresent() : options.clickAndCollect();
        return offered ? Optional.empty() : Optional.of("checkout.error.notOffered");
    }

    /** The engine's fulfilment choice for a shop; a delivery carries the address as typed (the engine checks it). */
    public FulfilmentChoice choice(MerchantId merchant, FulfilmentOptions options) {
        if (method(merchant, options).equals(COLLECT)) {
            return FulfilmentChoice.collect();
        }
        return FulfilmentChoice.deliverTo(new DeliveryAddress(value(merchant, "recipient"), value(merchant, "street"),
                value(merchant, "postalCode"), value(merchant, "commune"), value(merchant, "phone"), value(merchant, "instructions")));
    }

    /** The main tender chosen, if it is one of those offered; else the first offered. */
    public String tender(List<String> offered) {
        return offered.contains(tender) ? tender : offered.isEmpty() ? "" : offered.get(0);
    }
}
