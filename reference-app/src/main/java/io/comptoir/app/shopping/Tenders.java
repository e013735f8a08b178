package io.comptoir.app.shopping;

import io.comptoir.app.web.Localizer;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.cart.Cart;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.Payments;
import io.comptoir.engine.api.payment.TenderRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The ways to pay the checkout offers, from the payment providers the engine runs, and the marketplace's rules on
 * them.
 *
 * <p>Tenders are used in this order: vouchers first (each pays what its balance and its shops allow), then one
 * "main" tender for everything that remains — the card, or payment at the shops on collection.
 *
 * <p>Payment at pickup is offered only when every shop of the basket is collected: the shop takes the money at its
 * counter, and no shop has agreed to take it at the door on a delivery round. It then pays everything the vouchers do
 * not, at every shop.
 *
 * <p>Vouchers are the extension point of the vouchers plugin: when a provider with the id {@value #VOUCHER} is
 * registered, the checkout page asks for voucher codes and sends each as a tender of that provider with the detail
 * {@code code}; the API accepts any number of them. Nothing else here knows about vouchers.
 */
public final class Tenders {
    public static final String PAY_AT_PICKUP = "pay-at-pickup";
    public static final String SANDBOX_CARD = "sandbox-card";
    /**
     * A card paid on the processor's own page (Stripe Checkout, {@code plugin-payments-stripe}): no card field here, the
     * checkout sends the shopper to the page its provider names ({@code PaymentProvider.approvalUrl}).
     */
    public static final String HOSTED_CARD = "stripe";
    public static final String VOUCHER = "voucher";
    /** The detail of a voucher tender that names the voucher. */
    public static final String VOUCHER_CODE = "code";
    /** The details of a voucher tender that say who types the code, for the provider's wrong-code limits. */
    public static final String VOUCHER_CLIENT = "client";
    public static final String VOUCHER_ACCOUNT = "account";
    /** The detail of a sandbox card tender that holds the card number. */
    public static final String CARD_NUMBER = "card";
    /** Most voucher codes one checkout page takes. */
    public static final int MAX_VOUCHERS = 8;
    /**
     * The details a request may give each way to pay the app knows. A voucher's client and account are taken, as they
     * always were, and overwritten with the server's ({@link #identified}).
     */
    private static final Map<String, Set<String>> DETAILS = Map.of(VOUCHER, Set.of(VOUCHER_CODE, VOUCHER_CLIENT, VOUCHER_ACCOUNT),
            SANDBOX_CARD, Set.of(CARD_NUMBER), PAY_AT_PICKUP, Set.of(), HOSTED_CARD, Set.of());

    private final Payments payments;

    public Tenders(Payments payments) {
        this.payments = requireNonNull(payments, "payments is null");
    }

    public boolean offers(String provider) {
        return payments.providers().stream().map(PaymentProvider::id).anyMatch(provider::equals);
    }

    /** The main tenders the page offers, in the order shown: those of the card processors and {@code pay-at-pickup} that run. */
    public List<String> mainTenders() {
        return List.of(HOSTED_CARD, SANDBOX_CARD, PAY_AT_PICKUP).stream().filter(this::offers).toList();
    }

    /**
     * What the checkout offers for a basket, in the reader's words: which shops refuse which way to pay and why (their own
     * choice or their provider's, as the engine answers), the main tenders every shop accepts, and how to split a basket no
     * main tender suits.
     */
    public PaymentChoices choices(Cart cart, MerchantDirectory merchants, Localizer texts) {
        Map<MerchantId, String> shops = new LinkedHashMap<>();
        cart.linesByMerchant().keySet().forEach(shop -> shops.put(shop, merchants.require(shop).name()));
        return PaymentChoices.of(payments.paymentOptions(List.copyOf(shops.keySet())), shops, mainTenders(), new PaymentTexts(texts));
    }

    /** Where the shopper approves a tender of the order on its processor's page, if one waits for them (the first such). */
    public Optional<String> approvalUrl(CustomerOrderId order) {
        for (Payment payment : payments.paymentsOf(order)) {
            Optional<String> url = payments.providers().stream().filter(provider -> provider.id().equals(payment.provider())).findFirst()
                    .flatMap(provider -> provider.approvalUrl(payment));
            if (url.isPresent()) {
                return url;
            }
        }
        return Optional.empty();
    }

    /** The details a client may give a tender of that provider; empty for a provider the app does not know. */
    public static Optional<Set<String>> detailsOf(String provider) {
        return Optional.ofNullable(DETAILS.get(provider));
    }

    public boolean takesVouchers() {
        return offers(VOUCHER);
    }

    /** The tenders of a checkout: the voucher codes in order, then the main tender for the rest. */
    public static List<TenderRequest> plan(List<String> voucherCodes, TenderRequest main) {
        List<TenderRequest> tenders = new ArrayList<>();
        voucherCodes.forEach(code -> tenders.add(TenderRequest.of(VOUCHER, Map.of(VOUCHER_CODE, code))));
        tenders.add(main);
        return tenders;
    }

    /**
     * The tenders with who is paying written into each voucher tender (the client's address and the account), so that
     * wrong codes count against them. Set by the server, never taken from the request: a client cannot dodge the limits.
     */
    public static List<TenderRequest> identified(List<TenderRequest> tenders, String client, AccountId account) {
        return tenders.stream().map(tender -> {
            if (!tender.provider().equals(VOUCHER)) {
                return tender;
            }
            Map<String, String> details = new HashMap<>(tender.details());
            details.put(VOUCHER_CLIENT, client == null ? "" : client);
            details.put(VOUCHER_ACCOUNT, Long.toString(account.value()));
            return new TenderRequest(tender.provider(), tender.amount(), details);
        }).toList();
    }

    /**
     * Refuses payment at pickup when a shop's part is delivered.
     *
     * @throws InvalidInputException {@code pay_at_pickup_needs_collection} naming the tender
     */
    public static void checkPayAtPickup(List<TenderRequest> tenders, Collection<FulfilmentChoice> choices) {
        boolean delivered = choices.stream().anyMatch(choice -> choice.method() == FulfilmentMethod.LOCAL_DELIVERY);
        for (int i = 0; i < tenders.size(); i++) {
            if (delivered && tenders.get(i).provider().equals(PAY_AT_PICKUP)) {
                throw new InvalidInputException("tenders[" + i + "]", "pay_at_pickup_needs_collection",
                        "payment at pickup needs every shop's part to be collected at the shop");
            }
        }
    }
}
